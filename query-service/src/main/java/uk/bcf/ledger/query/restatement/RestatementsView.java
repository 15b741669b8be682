package uk.bcf.ledger.query.restatement;

import java.time.Instant;
import java.util.List;
import uk.bcf.ledger.query.projection.RestatementRow;

/** The figures of a board that changed after {@code since}. */
public record RestatementsView(String board, Instant since, List<RestatementRow> restatements) {

    public RestatementsView {
        restatements = List.copyOf(restatements);
    }
}
