/**
 * Draws an XmR analysis ({@link uk.bcf.ledger.query.spc.SpcResult}) as an accessible SVG for the board report: a
 * title and description in words, axes with a readable scale, the mean and limit lines, the points coloured by
 * special cause. Plain Java; depends on the analysis, never the other way round.
 *
 * <p>Pipeline, in order: {@link uk.bcf.ledger.query.spc.chart.XmrChartSvg#render} →
 * {@link uk.bcf.ledger.query.spc.chart.PlotArea} ({@link uk.bcf.ledger.query.spc.chart.NiceScale}) →
 * {@link uk.bcf.ledger.query.spc.chart.SvgMarkup} with the title and the
 * {@link uk.bcf.ledger.query.spc.chart.ChartDescription} ({@link uk.bcf.ledger.query.spc.chart.ChartWording}) →
 * {@link uk.bcf.ledger.query.spc.chart.ChartHeader} → {@link uk.bcf.ledger.query.spc.chart.ChartAxes} →
 * {@link uk.bcf.ledger.query.spc.chart.ChartReferenceLines} → {@link uk.bcf.ledger.query.spc.chart.ChartDataSeries}
 * ({@link uk.bcf.ledger.query.spc.chart.ChartPalette}) → the SVG text; numbers are written by
 * {@link uk.bcf.ledger.query.spc.chart.ChartNumbers}, text escaped by {@link uk.bcf.ledger.query.spc.chart.XmlText}.
 */
package uk.bcf.ledger.query.spc.chart;
