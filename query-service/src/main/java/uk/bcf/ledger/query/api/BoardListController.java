package uk.bcf.ledger.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.readmodel.BoardTables;
import uk.bcf.ledger.query.readmodel.BoardTables.BoardRow;

/** The boards the read model knows, by name; as of an instant, those registered by then. */
@RestController
class BoardListController {

    private final BoardTables boards;
    private final AsOfResolver moments;

    BoardListController(BoardTables boards, AsOfResolver moments) {
        this.boards = boards;
        this.moments = moments;
    }

    @Operation(summary = "The registered boards")
    @GetMapping("/api/boards")
    List<BoardRow> boards(@Parameter(description = "an ISO-8601 instant to read as of, now when absent")
            @RequestParam(required = false) String asOf) {
        return boards.all(moments.resolveInstant("asOf", asOf).asOf());
    }
}
