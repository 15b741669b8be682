package uk.bcf.ledger.query.spc;

import java.util.List;
import java.util.Objects;

/**
 * An analysed XmR chart, as served in JSON.
 *
 * <p>The mean and the limits are rounded half-up to 2 decimals for output only; every rule and the assurance were
 * evaluated on the unrounded values. The point values are reported as given.
 *
 * @param mean the centre line, rounded
 * @param upperLimit the upper process limit (UPL), rounded
 * @param lowerLimit the lower process limit (LPL), rounded
 * @param trialLimits whether the limits come from fewer than 12 points and are to be shown as trial limits
 * @param variation the variation icon, following the latest point
 * @param assurance the assurance icon against the target
 * @param points the points in period order, each with its special cause if any
 */
public record SpcResult(
        double mean,
        double upperLimit,
        double lowerLimit,
        boolean trialLimits,
        Variation variation,
        Assurance assurance,
        List<SpcPointResult> points) {

    /** Refuses missing icons and keeps an unmodifiable copy of the points. */
    public SpcResult {
        Objects.requireNonNull(variation, "variation");
        Objects.requireNonNull(assurance, "assurance");
        points = List.copyOf(points);
    }
}
