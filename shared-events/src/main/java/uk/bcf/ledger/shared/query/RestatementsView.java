package uk.bcf.ledger.shared.query;

import java.time.Instant;
import java.util.List;

/** The figures of a board that changed after {@code since}. */
public record RestatementsView(String board, Instant since, List<RestatementView> restatements) {

    public RestatementsView {
        restatements = List.copyOf(restatements);
    }
}
