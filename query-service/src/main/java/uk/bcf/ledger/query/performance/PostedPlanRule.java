package uk.bcf.ledger.query.performance;

import java.util.Optional;
import uk.bcf.ledger.shared.period.Period;

/** Rule 1: a plan posted for exactly the period; a daily rate is spread over the period's own days. */
final class PostedPlanRule implements PlanRule {

    @Override
    public Optional<CountAndDenominator> planFor(Period period, PlanResolver plans) {
        return plans.postedFor(period).map(plan -> CountAndDenominator.ofPlan(plan, period));
    }
}
