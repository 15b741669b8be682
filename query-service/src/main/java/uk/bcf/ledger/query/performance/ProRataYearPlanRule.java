package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import java.util.Optional;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * Rule 4, for year-to-date counts: a quarter's plan is the year plan's count pro rata to the quarters elapsed
 * (245 for the year gives 122.5 at Q2), on the year plan's denominator.
 */
final class ProRataYearPlanRule implements PlanRule {

    @Override
    public Optional<CountAndDenominator> planFor(Period period, PlanResolver plans) {
        if (!(period instanceof Quarter quarter)) {
            return Optional.empty();
        }
        FinancialYear year = quarter.financialYear();
        BigDecimal elapsed = BigDecimal.valueOf(quarter.number());
        BigDecimal quarters = BigDecimal.valueOf(year.quarters().size());
        return plans.planFor(year).map(plan -> plan.scaled(elapsed, quarters));
    }
}
