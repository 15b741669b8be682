package uk.bcf.ledger.query.report;

/**
 * An XmR chart of a metric's monthly actuals, with what it shows in words.
 *
 * @param svg       the chart as self-contained SVG, its text already escaped
 * @param summary   the points, mean and process limits in words
 * @param limits    a note that the limits are trial limits, or null when they are not
 * @param variation the variation icon in words
 * @param assurance the assurance icon in words
 * @param target    the target line in words
 */
public record ReportChart(
        String svg, String summary, String limits, String variation, String assurance, String target) {}
