package uk.bcf.ledger.query.performance;

import java.util.Optional;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Quarter;

/** Rule 5, for ratios of sums: a quarter's plan is the year plan's ratio, with the same numerator and denominator. */
final class YearRatioPlanRule implements PlanRule {

    @Override
    public Optional<CountAndDenominator> planFor(Period period, PlanResolver plans) {
        return period instanceof Quarter quarter ? plans.planFor(quarter.financialYear()) : Optional.empty();
    }
}
