package uk.bcf.ledger.query.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.CsvMediaType;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.projection.BoardRow;
import uk.bcf.ledger.security.Caller;

/**
 * The boards the read model knows that the caller may see, by name; as of an instant, those registered by then.
 * JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
class BoardListController {

    private static final String PATH = "/api/boards";
    private static final String AS_OF = "an ISO-8601 instant to read as of, now when absent";

    private final ViewGateway views;
    private final BoardsCsv csv = new BoardsCsv();

    BoardListController(ViewGateway views) {
        this.views = views;
    }

    @Operation(summary = "The registered boards")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<BoardRow> boards(
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf, Authentication caller) {
        return fetch(asOf, caller).boards();
    }

    @Operation(summary = "The same boards as CSV")
    @GetMapping(path = PATH, produces = CsvMediaType.TEXT_CSV_UTF8)
    String boardsCsv(
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf, Authentication caller) {
        return csv.write(fetch(asOf, caller));
    }

    private BoardsView fetch(String asOf, Authentication caller) {
        return views.fetch(
                new FetchBoardsQuery(Caller.of(caller), AsOfParameter.optional("asOf", asOf)), BoardsView.class);
    }
}
