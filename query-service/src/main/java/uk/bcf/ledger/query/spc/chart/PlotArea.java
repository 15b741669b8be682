package uk.bcf.ledger.query.spc.chart;

import java.util.DoubleSummaryStatistics;
import java.util.stream.DoubleStream;
import uk.bcf.ledger.query.spc.SpcPointResult;
import uk.bcf.ledger.query.spc.SpcResult;

/**
 * Where the plot lies within the {@value #WIDTH} × {@value #HEIGHT} chart, and how point positions and values map
 * onto it: points spread evenly from left to right, values on a round-number scale from bottom to top.
 *
 * @param pointCount the number of points along the x axis
 * @param scale the value axis
 */
record PlotArea(int pointCount, NiceScale scale) {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    static final double LEFT = 64;
    static final double RIGHT = 590;
    static final double TOP = 62;
    static final double BOTTOM = 222;

    private static final double INSET = 10;

    /** The plot of a chart whose scale spans its points, its limits and the target, if any. */
    static PlotArea fitting(SpcResult result, Double target) {
        DoubleSummaryStatistics span = DoubleStream.concat(
                        result.points().stream().mapToDouble(SpcPointResult::value),
                        target == null
                                ? DoubleStream.of(result.lowerLimit(), result.upperLimit())
                                : DoubleStream.of(result.lowerLimit(), result.upperLimit(), target))
                .summaryStatistics();
        return new PlotArea(result.points().size(), NiceScale.covering(span.getMin(), span.getMax()));
    }

    double x(int index) {
        if (pointCount < 2) {
            return (LEFT + RIGHT) / 2;
        }
        return LEFT + INSET + (RIGHT - LEFT - 2 * INSET) * index / (pointCount - 1);
    }

    double y(double value) {
        return BOTTOM - (BOTTOM - TOP) * (value - scale.min()) / (scale.max() - scale.min());
    }
}
