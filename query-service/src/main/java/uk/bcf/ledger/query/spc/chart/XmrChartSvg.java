package uk.bcf.ledger.query.spc.chart;

import java.util.Objects;
import uk.bcf.ledger.query.spc.SpcResult;

/**
 * Renders an analysed XmR chart as a self-contained, accessible SVG of 640 × 280 pixels.
 *
 * <p>The SVG has {@code role="img"}, a {@code <title>} and a {@code <desc>} giving the mean, the limits and the icons
 * in words. It draws the data with markers coloured by special cause, the mean (solid), the process limits (dashed,
 * "UPL"/"LPL", marked as trial limits in the legend when they are), the target (red, dashed) when there is one, the
 * axes with period codes and round-number ticks, and the variation and assurance icons at the top right. All text is
 * XML-escaped and numbers are written the same whatever the default locale.
 */
public final class XmrChartSvg {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private XmrChartSvg() {}

    /**
     * Renders the chart.
     *
     * @param result the analysed chart, with at least one point
     * @param title the chart's title, shown at the top and read out as its accessible name
     * @param unit the unit of the values, such as "admissions", or {@code null} or blank for none
     * @param target the target drawn as a red dashed line, or {@code null} for none; it should be the target the
     *     result's assurance was computed against
     * @return the SVG document as a string
     */
    public static String render(SpcResult result, String title, String unit, Double target) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(title, "title");
        if (result.points().isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one point to draw");
        }
        if (target != null && !Double.isFinite(target)) {
            throw new IllegalArgumentException("The target must be a finite number, got " + target);
        }
        PlotArea plot = PlotArea.fitting(result, target);
        SvgMarkup svg = new SvgMarkup()
                .open(
                        "svg",
                        "xmlns",
                        SVG_NAMESPACE,
                        "width",
                        String.valueOf(PlotArea.WIDTH),
                        "height",
                        String.valueOf(PlotArea.HEIGHT),
                        "viewBox",
                        "0 0 " + PlotArea.WIDTH + " " + PlotArea.HEIGHT,
                        "role",
                        "img",
                        "font-family",
                        "Arial, Helvetica, sans-serif")
                .text("title", title)
                .text("desc", ChartDescription.of(result, unit, target));
        ChartHeader.draw(svg, result, title, target);
        ChartAxes.draw(svg, plot, result.points(), unit);
        ChartReferenceLines.draw(svg, plot, result, target);
        ChartDataSeries.draw(svg, plot, result.points(), unit);
        return svg.close("svg").toString();
    }
}
