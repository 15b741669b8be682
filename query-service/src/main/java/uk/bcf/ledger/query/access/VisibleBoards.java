package uk.bcf.ledger.query.access;

import java.util.List;
import uk.bcf.ledger.query.projection.BoardRow;
import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.Caller;

/** The boards of a list a caller may see listed (see {@link AccessPolicy#mayListBoard}). */
public final class VisibleBoards {

    private VisibleBoards() {}

    public static List<BoardRow> of(Caller caller, List<BoardRow> boards) {
        return boards.stream()
                .filter(board -> AccessPolicy.mayListBoard(caller, board.code()))
                .toList();
    }
}
