package uk.bcf.ledger.query.access;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.bcf.ledger.query.projection.BoardTables.BoardRow;
import uk.bcf.ledger.security.AccessPolicy;
import uk.bcf.ledger.security.Caller;

/** The boards of a list the signed-in caller may see listed (see {@link AccessPolicy#mayListBoard}). */
public final class VisibleBoards {

    private VisibleBoards() {
    }

    public static List<BoardRow> of(List<BoardRow> boards) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        Caller caller = Caller.of(authentication);
        return boards.stream().filter(board -> AccessPolicy.mayListBoard(caller, board.code())).toList();
    }
}
