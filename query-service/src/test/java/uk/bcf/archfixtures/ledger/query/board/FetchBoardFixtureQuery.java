package uk.bcf.archfixtures.ledger.query.board;

/** A query. */
public record FetchBoardFixtureQuery() {}
