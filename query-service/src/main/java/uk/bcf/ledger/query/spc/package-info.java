/**
 * Statistical process control in the NHS "Making Data Count" style: {@link uk.bcf.ledger.query.spc.XmrChart} analyses
 * a monthly series as an XmR chart (mean, process limits, special causes by four rules in precedence order, and the
 * variation and assurance icons), and {@link uk.bcf.ledger.query.spc.chart.XmrChartSvg} draws the result as an accessible
 * SVG. Plain Java: computation in {@code double} at full precision, with only the mean and limits of the output
 * rounded.
 */
package uk.bcf.ledger.query.spc;
