/**
 * Statistical process control in the NHS "Making Data Count" style: {@link uk.bcf.ledger.query.spc.XmrChart} analyses
 * a monthly series as an XmR chart (mean, process limits, special causes by four rules in precedence order, and the
 * variation and assurance icons); the {@code spc.chart} package draws the result as an accessible SVG. The analysis
 * is plain Java, free of Axon and Spring: computation in {@code double} at full precision, with only the mean and
 * limits of the output rounded.
 *
 * <p>Pipeline, in order: HTTP GET {@code /api/boards/{code}/spc/{metric}?from=…&to=…} →
 * {@link uk.bcf.ledger.query.spc.SpcController} → {@link uk.bcf.ledger.query.spc.FetchSpcQuery} → {@code ViewGateway}
 * (query bus) → {@link uk.bcf.ledger.query.spc.SpcQueryHandler} → {@code AsOfResolver} → the performance view of
 * each financial year of the range ({@code FetchPerformanceQuery}) → the monthly actuals as
 * {@link uk.bcf.ledger.query.spc.SpcPoint}s → {@code XmrChart.analyse}: {@link uk.bcf.ledger.query.spc.ProcessLimits}
 * → {@link uk.bcf.ledger.query.spc.SpecialCauseDetector} (a {@link uk.bcf.ledger.query.spc.SpecialCauseRule} each)
 * → {@link uk.bcf.ledger.query.spc.OutputRounding} → {@link uk.bcf.ledger.query.spc.TargetAssurance} →
 * {@link uk.bcf.ledger.query.spc.SpcResult} →
 * {@link uk.bcf.ledger.query.spc.SpcView} → JSON. The report draws the same result with
 * {@code spc.chart.XmrChartSvg}.
 */
package uk.bcf.ledger.query.spc;
