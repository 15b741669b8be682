package uk.bcf.ledger.query.performance;

import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.shared.period.Period;

/**
 * Rule 3, for sums: a quarter's plan is the sum of its three month plans and a year's the sum of its four quarter
 * plans, but only when every part has a plan.
 */
final class SumOfPartsPlanRule implements PlanRule {

    @Override
    public Optional<CountAndDenominator> planFor(Period period, PlanResolver plans) {
        List<? extends Period> parts = switch (period.kind()) {
            case MONTH -> List.<Period>of();
            case QUARTER -> period.months();
            case YEAR -> period.financialYear().quarters();
        };
        List<CountAndDenominator> partPlans =
                parts.stream().flatMap(part -> plans.planFor(part).stream()).toList();
        if (parts.isEmpty() || partPlans.size() < parts.size()) {
            return Optional.empty();
        }
        return partPlans.stream().reduce((earlier, later) -> earlier.plus(later, DenominatorMerge.LATEST));
    }
}
