package uk.bcf.ledger.query.performance;

import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.period.Period;

/**
 * Finds the plan of any period of one metric's year: a plan posted for the period itself, else a daily rate posted
 * for an enclosing period, else a plan derived from other periods' plans as the metric's rollup allows. The
 * derived rules only apply to quarters and years, so a month has a plan only from the first two.
 */
final class PlanResolver {

    private final PostedFigureIndex posted;
    private final List<PlanRule> rules;

    private PlanResolver(PostedFigureIndex posted, List<PlanRule> rules) {
        this.posted = posted;
        this.rules = rules;
    }

    static PlanResolver of(Rollup rollup, PostedFigureIndex posted) {
        PlanRule derived = switch (rollup) {
            case SUM -> new SumOfPartsPlanRule();
            case CUMULATIVE_YEAR_TO_DATE -> new ProRataYearPlanRule();
            case RATIO_OF_SUMS -> new YearRatioPlanRule();
        };
        return new PlanResolver(posted, List.of(new PostedPlanRule(), new EnclosingDailyRatePlanRule(), derived));
    }

    /** The plan of the period by the first rule that applies, or empty when none does. */
    Optional<CountAndDenominator> planFor(Period period) {
        for (PlanRule rule : rules) {
            Optional<CountAndDenominator> plan = rule.planFor(period, this);
            if (plan.isPresent()) {
                return plan;
            }
        }
        return Optional.empty();
    }

    /** The plan posted directly for exactly this period. */
    Optional<Measurement> postedFor(Period period) {
        return posted.postedFor(period);
    }
}
