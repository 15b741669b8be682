package uk.bcf.ledger.query.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.access.VisibleBoards;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.http.CsvCells;
import uk.bcf.ledger.query.http.CsvMediaType;
import uk.bcf.ledger.query.projection.BoardTables.BoardRow;
import uk.bcf.ledger.query.projection.BoardTables;

/**
 * The boards the read model knows, by name; as of an instant, those registered by then. JSON, or CSV with
 * {@code Accept: text/csv}.
 */
@RestController
class BoardListController {

    private static final String PATH = "/api/boards";
    private static final String AS_OF = "an ISO-8601 instant to read as of, now when absent";

    private final BoardTables boards;
    private final AsOfResolver moments;

    BoardListController(BoardTables boards, AsOfResolver moments) {
        this.boards = boards;
        this.moments = moments;
    }

    @Operation(summary = "The registered boards")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<BoardRow> boards(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return VisibleBoards.of(boards.all(moments.resolveInstant("asOf", asOf).asOf()));
    }

    @Operation(summary = "The same boards as CSV")
    @GetMapping(path = PATH, produces = CsvMediaType.TEXT_CSV_UTF8)
    String boardsCsv(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        StringBuilder csv = new StringBuilder(CsvCells.line(List.of("code", "name")));
        boards(asOf).forEach(board -> csv.append(CsvCells.line(List.of(board.code(), board.name()))));
        return csv.toString();
    }
}
