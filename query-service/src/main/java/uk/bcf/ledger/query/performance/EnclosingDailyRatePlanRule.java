package uk.bcf.ledger.query.performance;

import java.util.Optional;
import java.util.stream.Stream;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/**
 * Rule 2: a daily rate posted for a quarter or year that encloses the period, the nearest first, spread over this
 * period's own days.
 */
final class EnclosingDailyRatePlanRule implements PlanRule {

    @Override
    public Optional<CountAndDenominator> planFor(Period period, PlanResolver plans) {
        FinancialYear year = period.financialYear();
        return Stream.concat(year.quarters().stream(), Stream.of(year))
                .filter(enclosing -> !enclosing.equals(period) && enclosing.contains(period))
                .flatMap(enclosing -> plans.postedFor(enclosing).filter(Measurement::isDailyRate).stream())
                .findFirst()
                .map(plan -> CountAndDenominator.ofPlan(plan, period));
    }
}
