package uk.bcf.ledger.query.spc.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How a line of the chart is drawn.
 *
 * @param colour the stroke colour
 * @param width the stroke width in pixels
 * @param dashArray the SVG dash pattern, or empty for a solid line
 */
record Stroke(String colour, double width, String dashArray) {

    static final Stroke DATA = new Stroke("#425563", 1.5, "");
    static final Stroke MEAN = new Stroke("#231F20", 1.5, "");
    static final Stroke LIMIT = new Stroke("#768692", 1.2, "6 4");
    static final Stroke TARGET = new Stroke("#DA291C", 1.5, "4 3");
    static final Stroke AXIS = new Stroke("#425563", 1, "");
    static final Stroke GRID = new Stroke("#E8EDEE", 1, "");

    /** The stroke attributes as SVG name and value pairs. */
    String[] attributes() {
        List<String> attributes = new ArrayList<>(
                List.of("stroke", colour, "stroke-width", ChartNumbers.coordinate(width), "fill", "none"));
        if (!dashArray.isEmpty()) {
            attributes.addAll(List.of("stroke-dasharray", dashArray));
        }
        return attributes.toArray(String[]::new);
    }
}
