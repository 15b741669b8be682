package uk.bcf.ledger.query.pages;

import uk.bcf.ledger.security.Caller;

/** Asks for the boards a caller may see listed, as known now, with the financial years each has figures for. */
public record FetchBoardIndexQuery(Caller caller) {}
