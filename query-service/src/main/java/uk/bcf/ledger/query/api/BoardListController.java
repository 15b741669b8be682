package uk.bcf.ledger.query.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.readmodel.BoardTables;
import uk.bcf.ledger.query.readmodel.BoardTables.BoardRow;

/** The boards the read model knows, by name. */
@RestController
class BoardListController {

    private final BoardTables boards;

    BoardListController(BoardTables boards) {
        this.boards = boards;
    }

    @GetMapping("/api/boards")
    List<BoardRow> boards() {
        return boards.all();
    }
}
