/**
 * The quarterly board report: what an officer takes to the Health and Wellbeing Board, for Q1 up to a quarter, as
 * it stood at a moment and cut off at a date. Assembly reads the projection; the content (tables, targets,
 * judgements, restatement notices, publication dates) is plain Java, free of Axon and Spring; rendering is HTML,
 * PDF or CSV of the same {@link uk.bcf.ledger.query.report.QuarterlyReportView}.
 *
 * <p>Pipeline, in order: HTTP GET {@code /api/boards/{code}/reports/{fy}/{quarter}} →
 * {@link uk.bcf.ledger.query.report.QuarterlyReportController} →
 * {@link uk.bcf.ledger.query.report.FetchQuarterlyReportQuery} → {@code ViewGateway} (query bus) →
 * {@link uk.bcf.ledger.query.report.QuarterlyReportQueryHandler} →
 * {@link uk.bcf.ledger.query.report.ReportMomentResolver} ({@code AsOfResolver},
 * {@link uk.bcf.ledger.query.report.CutOffRule}) → {@link uk.bcf.ledger.query.report.ReportCache} (keyed by the
 * board's change stamp) → {@link uk.bcf.ledger.query.report.QuarterlyReportAssembler}: {@code BoardRepository},
 * {@link uk.bcf.ledger.query.report.MetricDataLoader} (repositories of the projection, then the
 * {@code PerformanceCalculator} for the year and the year before) → {@link uk.bcf.ledger.query.report.MetricData}
 * per metric, with commentary, sources ({@link uk.bcf.ledger.query.report.ActualSourceLoader}), population and
 * restatements → {@link uk.bcf.ledger.query.report.MetricSectionFactory}: {@link uk.bcf.ledger.query.report.TargetStatement},
 * {@link uk.bcf.ledger.query.report.TableShape} → {@link uk.bcf.ledger.query.report.MonthlyTable} or
 * {@link uk.bcf.ledger.query.report.QuarterlyTable} ({@link uk.bcf.ledger.query.report.FigureCellFactory},
 * {@link uk.bcf.ledger.query.report.PublicationSchedule}), {@link uk.bcf.ledger.query.report.MonthlyChart} (SPC),
 * {@link uk.bcf.ledger.query.report.CommentaryBlockFactory}, {@link uk.bcf.ledger.query.report.JudgementRule} →
 * {@link uk.bcf.ledger.query.report.MetricSection}s and the {@link uk.bcf.ledger.query.report.ReportHeader}
 * ({@link uk.bcf.ledger.query.report.RestatementNoticeFactory}) → {@code QuarterlyReportView} →
 * {@link uk.bcf.ledger.query.report.QuarterlyReportHtml} ({@code report.html}), the board paper
 * {@link uk.bcf.ledger.query.report.QuarterlyReportPaperHtml} ({@code report-paper.html} with
 * {@link uk.bcf.ledger.query.report.UnbreakableText} for fractions, then
 * {@link uk.bcf.ledger.query.report.QuarterlyReportPdf}: a tagged A4 PDF in the bundled DejaVu Sans), or
 * {@link uk.bcf.ledger.query.report.QuarterlyReportCsv}.
 */
package uk.bcf.ledger.query.report;
