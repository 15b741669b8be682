package uk.bcf.ledger.query.spc.chart;

import static uk.bcf.ledger.query.spc.chart.ChartNumbers.coordinate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.bcf.ledger.query.spc.SpcResult;

/**
 * The horizontal lines across the plot, each labelled at the right: the mean (solid), the upper and lower process
 * limits (dashed, "UPL" and "LPL") and the target (red, dashed) when there is one. Labels of lines lying close
 * together are moved down just enough not to overlap.
 */
final class ChartReferenceLines {

    private static final double LABEL_SPACING = 11;
    private static final double LABEL_BASELINE_OFFSET = 3.5;

    private ChartReferenceLines() {}

    /** A line of the chart, grouped in the SVG under its name. */
    private record Reference(String name, double value, Stroke stroke, String label) {}

    static void draw(SvgMarkup svg, PlotArea plot, SpcResult result, Double target) {
        List<Reference> references = new ArrayList<>(List.of(
                new Reference("mean", result.mean(), Stroke.MEAN, "Mean"),
                new Reference("upper-limit", result.upperLimit(), Stroke.LIMIT, "UPL"),
                new Reference("lower-limit", result.lowerLimit(), Stroke.LIMIT, "LPL")));
        if (target != null) {
            references.add(new Reference("target", target, Stroke.TARGET, "Target"));
        }
        references.sort(Comparator.comparingDouble(reference -> plot.y(reference.value())));
        double previousLabelY = Double.NEGATIVE_INFINITY;
        for (Reference reference : references) {
            double lineY = plot.y(reference.value());
            double labelY = Math.max(lineY + LABEL_BASELINE_OFFSET, previousLabelY + LABEL_SPACING);
            draw(svg, reference, lineY, labelY);
            previousLabelY = labelY;
        }
    }

    private static void draw(SvgMarkup svg, Reference reference, double lineY, double labelY) {
        svg.open("g", "class", reference.name());
        svg.line(PlotArea.LEFT, lineY, PlotArea.RIGHT, lineY, reference.stroke());
        svg.text(
                "text",
                reference.label(),
                "x",
                coordinate(PlotArea.RIGHT + 4),
                "y",
                coordinate(labelY),
                "font-size",
                "10",
                "fill",
                reference.stroke().colour());
        svg.close("g");
    }
}
