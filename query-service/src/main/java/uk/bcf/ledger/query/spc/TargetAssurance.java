package uk.bcf.ledger.query.spc;

import uk.bcf.ledger.shared.metric.Direction;

/**
 * Reads the assurance icon from where a target lies against the process limits.
 *
 * <p>No target gives {@link Assurance#NONE}. A target within the limits, the limits themselves included, gives
 * {@link Assurance#HIT_AND_MISS} whatever the direction of good: the process straddles it. A target strictly outside
 * the limits leaves the whole process on one side of it: {@link Assurance#PASS} when that side is the good one,
 * {@link Assurance#FAIL} otherwise, and {@link Assurance#NONE} when the metric has no direction of good, since neither
 * side of the target is then better than the other.
 */
final class TargetAssurance {

    private TargetAssurance() {}

    static Assurance of(ProcessLimits limits, Direction goodDirection, Double target) {
        if (target == null) {
            return Assurance.NONE;
        }
        if (limits.contains(target)) {
            return Assurance.HIT_AND_MISS;
        }
        if (goodDirection == null) {
            return Assurance.NONE;
        }
        Side processSideOfTarget = target > limits.upper() ? Side.LOW : Side.HIGH;
        return processSideOfTarget == Side.favouredBy(goodDirection) ? Assurance.PASS : Assurance.FAIL;
    }
}
