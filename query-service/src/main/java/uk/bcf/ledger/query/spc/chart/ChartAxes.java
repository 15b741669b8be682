package uk.bcf.ledger.query.spc.chart;

import static uk.bcf.ledger.query.spc.chart.ChartNumbers.coordinate;

import java.util.List;
import uk.bcf.ledger.query.spc.SpcPointResult;

/**
 * The axes: round-number value ticks with grid lines, the period codes along the bottom (every point's up to
 * {@value #LABEL_ALL_UP_TO} points, every {@value #LABEL_EVERY_NTH}rd beyond), and the unit along the value axis.
 */
final class ChartAxes {

    static final int LABEL_ALL_UP_TO = 24;
    static final int LABEL_EVERY_NTH = 3;

    private ChartAxes() {}

    static void draw(SvgMarkup svg, PlotArea plot, List<SpcPointResult> points, String unit) {
        for (double tick : plot.scale().ticks()) {
            double y = plot.y(tick);
            svg.line(PlotArea.LEFT, y, PlotArea.RIGHT, y, Stroke.GRID);
            svg.line(PlotArea.LEFT - 4, y, PlotArea.LEFT, y, Stroke.AXIS);
            svg.text(
                    "text",
                    ChartNumbers.tick(tick, plot.scale().step()),
                    "class",
                    "tick",
                    "x",
                    coordinate(PlotArea.LEFT - 6),
                    "y",
                    coordinate(y + 3.5),
                    "text-anchor",
                    "end",
                    "font-size",
                    "10",
                    "fill",
                    ChartPalette.TEXT);
        }
        svg.line(PlotArea.LEFT, PlotArea.TOP, PlotArea.LEFT, PlotArea.BOTTOM, Stroke.AXIS);
        svg.line(PlotArea.LEFT, PlotArea.BOTTOM, PlotArea.RIGHT, PlotArea.BOTTOM, Stroke.AXIS);
        int every = points.size() <= LABEL_ALL_UP_TO ? 1 : LABEL_EVERY_NTH;
        for (int i = 0; i < points.size(); i += every) {
            periodLabel(svg, plot.x(i), points.get(i).period());
        }
        if (unit != null && !unit.isBlank()) {
            double middle = (PlotArea.TOP + PlotArea.BOTTOM) / 2;
            svg.text(
                    "text",
                    unit,
                    "x",
                    "14",
                    "y",
                    coordinate(middle),
                    "text-anchor",
                    "middle",
                    "font-size",
                    "10",
                    "fill",
                    ChartPalette.TEXT,
                    "transform",
                    "rotate(-90 14 " + coordinate(middle) + ")");
        }
    }

    /** A period code, slanted so that neighbouring codes do not overlap. */
    private static void periodLabel(SvgMarkup svg, double x, String period) {
        double y = PlotArea.BOTTOM + 12;
        svg.text(
                "text",
                period,
                "class",
                "period",
                "x",
                coordinate(x),
                "y",
                coordinate(y),
                "text-anchor",
                "end",
                "font-size",
                "9",
                "fill",
                ChartPalette.TEXT,
                "transform",
                "rotate(-45 " + coordinate(x) + " " + coordinate(y) + ")");
    }
}
