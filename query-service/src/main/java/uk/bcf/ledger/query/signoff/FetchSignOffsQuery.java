package uk.bcf.ledger.query.signoff;

import uk.bcf.ledger.query.http.AsOfParameter;

/** Asks for a board's quarterly sign-offs stored by a moment. */
public record FetchSignOffsQuery(String boardCode, AsOfParameter asOf) {}
