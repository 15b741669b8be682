package uk.bcf.ledger.shared.query;

import java.time.Instant;

/** Asks which figures known at {@code since} have changed after it, as known at {@code asOf}. */
public record FetchRestatementsQuery(String boardCode, Instant since, AsOf asOf) {
}
