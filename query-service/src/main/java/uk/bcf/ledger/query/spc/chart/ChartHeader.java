package uk.bcf.ledger.query.spc.chart;

import static uk.bcf.ledger.query.spc.chart.ChartNumbers.coordinate;

import uk.bcf.ledger.query.spc.SpcResult;

/** The top of the chart: its title, the legend of its lines, and the variation and assurance icons at the right. */
final class ChartHeader {

    private static final double LEGEND_Y = 44;
    private static final double LEGEND_SAMPLE = 18;
    private static final double CHARACTER_WIDTH = 5.5;
    private static final double ICON_X = 430;
    private static final double ICON_RADIUS = 8;

    private ChartHeader() {}

    static void draw(SvgMarkup svg, SpcResult result, String title, Double target) {
        svg.text(
                "text",
                title,
                "x",
                "12",
                "y",
                "20",
                "font-size",
                "14",
                "font-weight",
                "bold",
                "fill",
                ChartPalette.TEXT);
        double x = legendEntry(svg, 12, Stroke.MEAN, "Mean");
        x = legendEntry(svg, x, Stroke.LIMIT, result.trialLimits() ? "UPL/LPL (trial limits)" : "UPL/LPL");
        if (target != null) {
            legendEntry(svg, x, Stroke.TARGET, "Target");
        }
        icon(
                svg,
                "variation-icon",
                16,
                ChartPalette.ofVariation(result.variation()),
                ChartWording.variation(result.variation()));
        icon(
                svg,
                "assurance-icon",
                38,
                ChartPalette.ofAssurance(result.assurance()),
                ChartWording.assurance(result.assurance(), target));
    }

    /** Draws a line sample and its label; returns where the next entry starts. */
    private static double legendEntry(SvgMarkup svg, double x, Stroke stroke, String label) {
        svg.line(x, LEGEND_Y - 3, x + LEGEND_SAMPLE, LEGEND_Y - 3, stroke);
        double labelX = x + LEGEND_SAMPLE + 4;
        svg.text(
                "text",
                label,
                "x",
                coordinate(labelX),
                "y",
                coordinate(LEGEND_Y),
                "font-size",
                "10",
                "fill",
                ChartPalette.TEXT);
        return labelX + label.length() * CHARACTER_WIDTH + 14;
    }

    private static void icon(SvgMarkup svg, String name, double y, String fill, String label) {
        svg.open("g", "class", name);
        svg.empty(
                "circle",
                "cx",
                coordinate(ICON_X),
                "cy",
                coordinate(y),
                "r",
                coordinate(ICON_RADIUS),
                "fill",
                fill,
                "stroke",
                Stroke.AXIS.colour(),
                "stroke-width",
                "1");
        svg.text(
                "text",
                label,
                "x",
                coordinate(ICON_X + ICON_RADIUS + 6),
                "y",
                coordinate(y + 3.5),
                "font-size",
                "10",
                "fill",
                ChartPalette.TEXT);
        svg.close("g");
    }
}
