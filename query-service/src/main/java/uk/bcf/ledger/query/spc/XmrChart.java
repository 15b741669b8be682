package uk.bcf.ledger.query.spc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.bcf.ledger.shared.metric.Direction;

/**
 * Analyses a series as an NHS "Making Data Count" XmR chart: its mean and process limits, the special causes among
 * its points, and the variation and assurance icons.
 *
 * <p>Limits are computed from all the points given, at full precision; see {@link SpcResult} for the rounding of the
 * output. Limits from fewer than {@value #FULL_BASELINE_POINTS} points are trial limits.
 */
public final class XmrChart {

    /** The number of points from which limits are no longer trial limits. */
    public static final int FULL_BASELINE_POINTS = 12;

    private static final int MINIMUM_POINTS = 2;

    private XmrChart() {}

    /**
     * Analyses the points, in period order.
     *
     * @param points at least two points, in period order
     * @param goodDirection which way is good news, or {@code null} when neither is: special causes are then neutral
     * @param target the target to give assurance against, or {@code null} for none
     * @throws IllegalArgumentException when there are fewer than two points or the target is not a finite number
     */
    public static SpcResult analyse(List<SpcPoint> points, Direction goodDirection, Double target) {
        Objects.requireNonNull(points, "points");
        if (points.size() < MINIMUM_POINTS) {
            throw new IllegalArgumentException("An XmR chart needs at least " + MINIMUM_POINTS
                    + " points to have a moving range, got " + points.size());
        }
        if (target != null && !Double.isFinite(target)) {
            throw new IllegalArgumentException("The target must be a finite number, got " + target);
        }
        double[] values = points.stream().mapToDouble(SpcPoint::value).toArray();
        ProcessLimits limits = ProcessLimits.of(values);
        List<Optional<RuleMatch>> matches = SpecialCauseDetector.detect(values, limits);
        return new SpcResult(
                OutputRounding.forOutput(limits.mean()),
                OutputRounding.forOutput(limits.upper()),
                OutputRounding.forOutput(limits.lower()),
                points.size() < FULL_BASELINE_POINTS,
                matches.get(matches.size() - 1)
                        .map(latest -> latest.variation(goodDirection))
                        .orElse(Variation.COMMON_CAUSE),
                TargetAssurance.of(limits, goodDirection, target),
                IntStream.range(0, points.size())
                        .mapToObj(i -> pointResult(points.get(i), matches.get(i), goodDirection))
                        .toList());
    }

    private static SpcPointResult pointResult(SpcPoint point, Optional<RuleMatch> match, Direction goodDirection) {
        return new SpcPointResult(
                point.period(),
                point.value(),
                match.map(found -> found.cause(goodDirection)).orElse(null),
                match.map(RuleMatch::rule).orElse(null));
    }
}
