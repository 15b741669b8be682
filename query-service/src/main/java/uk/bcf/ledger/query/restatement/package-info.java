/**
 * Which of a board's figures changed after a moment (typically a sign-off), the value then and now side by side,
 * who changed it and why, as known at another moment.
 *
 * <p>Pipeline, in order: HTTP GET {@code /api/boards/{code}/restatements?since=…} →
 * {@link uk.bcf.ledger.query.restatement.RestatementsController} →
 * {@link uk.bcf.ledger.query.restatement.FetchRestatementsQuery} → {@code ViewGateway} (query bus) →
 * {@link uk.bcf.ledger.query.restatement.RestatementsQueryHandler} → {@code AsOfResolver} ({@code since},
 * {@code asOf}) → repositories of the projection ({@code BoardRepository}, {@code RestatementRepository}) →
 * {@link uk.bcf.ledger.query.restatement.RestatementsView} of {@code RestatementRow}s → JSON, or
 * {@link uk.bcf.ledger.query.restatement.RestatementsCsv}.
 */
package uk.bcf.ledger.query.restatement;
