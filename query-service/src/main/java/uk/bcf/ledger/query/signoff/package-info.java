/**
 * A board's quarterly sign-offs, oldest first: each one's {@code recordedAt} is the moment whose view was presented
 * to the board, which {@code asOf=sign-off:<quarter>} names in every other read.
 *
 * <p>Pipeline, in order: HTTP GET {@code /api/boards/{code}/sign-offs} →
 * {@link uk.bcf.ledger.query.signoff.SignOffsController} → {@link uk.bcf.ledger.query.signoff.FetchSignOffsQuery} →
 * {@code ViewGateway} (query bus) → {@link uk.bcf.ledger.query.signoff.SignOffsQueryHandler} → {@code AsOfResolver}
 * → repositories of the projection ({@code BoardRepository}, {@code SignOffRepository}) →
 * {@link uk.bcf.ledger.query.signoff.SignOffsView} of {@code SignOffRow}s → JSON, or
 * {@link uk.bcf.ledger.query.signoff.SignOffsCsv}.
 */
package uk.bcf.ledger.query.signoff;
