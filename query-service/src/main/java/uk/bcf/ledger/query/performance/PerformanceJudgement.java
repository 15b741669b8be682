package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.metric.Direction;

/**
 * Decides how a period stands against its plan, first match wins: no actual is no data; a partial period is
 * incomplete; an actual whose value cannot be computed is no data; no plan is no plan; otherwise the actual is on
 * track when it meets the plan in the metric's good direction (equal meets) and off track when it does not.
 */
final class PerformanceJudgement {

    private final Direction goodDirection;

    PerformanceJudgement(Direction goodDirection) {
        this.goodDirection = goodDirection;
    }

    /**
     * @param actual     the period's actual, or null without one
     * @param exactValue the actual's unrounded value, null when it cannot be computed
     * @param exactPlan  the plan's unrounded value, null without a plan
     */
    PerformanceStatus statusOf(PeriodActual actual, BigDecimal exactValue, BigDecimal exactPlan) {
        if (actual == null) {
            return PerformanceStatus.NO_DATA;
        }
        if (!actual.complete()) {
            return PerformanceStatus.INCOMPLETE;
        }
        if (exactValue == null) {
            return PerformanceStatus.NO_DATA;
        }
        if (exactPlan == null) {
            return PerformanceStatus.NO_PLAN;
        }
        return goodDirection.meets(exactValue, exactPlan) ? PerformanceStatus.ON_TRACK : PerformanceStatus.OFF_TRACK;
    }

    /** Whether the status compares the actual with its plan, so that a variance is stated. */
    static boolean compared(PerformanceStatus status) {
        return status == PerformanceStatus.ON_TRACK || status == PerformanceStatus.OFF_TRACK;
    }
}
