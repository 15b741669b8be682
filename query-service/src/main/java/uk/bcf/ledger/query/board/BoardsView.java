package uk.bcf.ledger.query.board;

import java.util.List;
import uk.bcf.ledger.query.projection.BoardRow;

/** The boards a caller may see, by name. */
public record BoardsView(List<BoardRow> boards) {

    public BoardsView {
        boards = List.copyOf(boards);
    }
}
