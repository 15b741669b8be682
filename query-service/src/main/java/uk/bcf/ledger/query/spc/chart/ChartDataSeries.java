package uk.bcf.ledger.query.spc.chart;

import static uk.bcf.ledger.query.spc.chart.ChartNumbers.coordinate;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.bcf.ledger.query.spc.SpcPointResult;

/**
 * The data: a line through the points and a marker at each, coloured by its special cause (grey for common cause),
 * larger when special, with its period, value and cause as a tooltip.
 */
final class ChartDataSeries {

    private static final double MARKER_RADIUS = 3.5;
    private static final double SPECIAL_MARKER_RADIUS = 4.5;

    private ChartDataSeries() {}

    static void draw(SvgMarkup svg, PlotArea plot, List<SpcPointResult> points, String unit) {
        String path = IntStream.range(0, points.size())
                .mapToObj(i -> coordinate(plot.x(i)) + ","
                        + coordinate(plot.y(points.get(i).value())))
                .collect(Collectors.joining(" "));
        svg.stroked("polyline", Stroke.DATA, "points", path);
        for (int i = 0; i < points.size(); i++) {
            SpcPointResult point = points.get(i);
            double radius = point.rule() == null ? MARKER_RADIUS : SPECIAL_MARKER_RADIUS;
            svg.open(
                    "circle",
                    "class",
                    "point",
                    "cx",
                    coordinate(plot.x(i)),
                    "cy",
                    coordinate(plot.y(point.value())),
                    "r",
                    coordinate(radius),
                    "fill",
                    ChartPalette.ofCause(point.specialCause()),
                    "stroke",
                    "#FFFFFF",
                    "stroke-width",
                    "1");
            svg.text("title", ChartWording.point(point, unit));
            svg.close("circle");
        }
    }
}
