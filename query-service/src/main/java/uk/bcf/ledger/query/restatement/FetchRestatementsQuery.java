package uk.bcf.ledger.query.restatement;

import uk.bcf.ledger.query.http.AsOfParameter;

/** Asks which figures known at {@code since} have changed after it, as known at {@code asOf}. */
public record FetchRestatementsQuery(String boardCode, AsOfParameter since, AsOfParameter asOf) {}
