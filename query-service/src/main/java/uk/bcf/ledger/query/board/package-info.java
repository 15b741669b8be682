/**
 * The list of boards a caller may see, by name, as known now or at an instant.
 *
 * <p>Pipeline, in order: HTTP GET {@code /api/boards} → {@link uk.bcf.ledger.query.board.BoardListController} (the
 * caller from the request's authentication) → {@link uk.bcf.ledger.query.board.FetchBoardsQuery} →
 * {@code ViewGateway} (query bus) → {@link uk.bcf.ledger.query.board.BoardsQueryHandler} →
 * {@code AsOfResolver.resolveInstant} → {@code BoardRepository} (projection) → {@code VisibleBoards} (access) →
 * {@link uk.bcf.ledger.query.board.BoardsView} of {@code BoardRow}s → JSON, or
 * {@link uk.bcf.ledger.query.board.BoardsCsv}.
 */
package uk.bcf.ledger.query.board;
