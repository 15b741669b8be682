/**
 * The audit trail of one plan or actual: every version, oldest first, as known at a moment, each flagged when it
 * restated a signed-off figure; and the latest version, with its version number as {@code ETag} for the command
 * side's {@code If-Match}.
 *
 * <p>Pipeline, in order: HTTP GET {@code /api/boards/{code}/figures/{metric}/{period}[/history]} (or
 * {@code /plans/…}) → {@link uk.bcf.ledger.query.history.FigureHistoryController} →
 * {@link uk.bcf.ledger.query.history.FetchFigureHistoryQuery} → {@code ViewGateway} (query bus) →
 * {@link uk.bcf.ledger.query.history.FigureHistoryQueryHandler} → {@code AsOfResolver} → repositories of the
 * projection ({@code FigureVersionRepository.historyOf}, {@code SignOffRepository}) →
 * {@link uk.bcf.ledger.query.history.RestatementRule} → {@link uk.bcf.ledger.query.history.FigureHistoryView} of
 * {@link uk.bcf.ledger.query.history.FigureVersionView}s → JSON with {@link uk.bcf.ledger.query.history.VersionTag},
 * or {@link uk.bcf.ledger.query.history.FigureHistoryCsv}.
 */
package uk.bcf.ledger.query.history;
