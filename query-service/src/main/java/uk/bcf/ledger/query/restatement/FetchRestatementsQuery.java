package uk.bcf.ledger.query.restatement;

import java.time.Instant;
import uk.bcf.ledger.query.projection.AsOf;

/** Asks which figures known at {@code since} have changed after it, as known at {@code asOf}. */
public record FetchRestatementsQuery(String boardCode, Instant since, AsOf asOf) {
}
