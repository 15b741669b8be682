package uk.bcf.ledger.query.performance;

import java.util.Optional;
import uk.bcf.ledger.shared.period.Period;

/** One way of finding the plan of a period; {@link PlanResolver} tries its rules in order until one applies. */
interface PlanRule {

    /** The plan this rule gives the period, or empty when the rule does not apply. */
    Optional<CountAndDenominator> planFor(Period period, PlanResolver plans);
}
