package uk.bcf.ledger.query.signoff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.http.CsvMediaType;
import uk.bcf.ledger.query.http.ReadRefused;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardTables;
import uk.bcf.ledger.query.projection.SignOffRow;
import uk.bcf.ledger.query.projection.SignOffs;

/**
 * A board's quarterly sign-offs, oldest first: each one's {@code recordedAt} is the moment to read any view as of
 * ({@code asOf=sign-off:<quarter>}) to see what was presented. JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
class SignOffsController {

    private static final String PATH = "/api/boards/{code}/sign-offs";

    private final BoardTables boards;
    private final SignOffs signOffs;
    private final AsOfResolver moments;
    private final SignOffsCsv csv = new SignOffsCsv();

    SignOffsController(BoardTables boards, SignOffs signOffs, AsOfResolver moments) {
        this.boards = boards;
        this.signOffs = signOffs;
        this.moments = moments;
    }

    @Operation(summary = "A board's quarterly sign-offs, as known at a moment")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<SignOffRow> signOffs(@PathVariable String code,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return fetch(code, asOf);
    }

    @Operation(summary = "The same sign-offs as CSV")
    @GetMapping(path = PATH, produces = CsvMediaType.TEXT_CSV_UTF8)
    String signOffsCsv(@PathVariable String code,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return csv.write(code, fetch(code, asOf));
    }

    private List<SignOffRow> fetch(String code, String asOf) {
        AsOf moment = moments.resolve(code, "asOf", asOf).asOf();
        if (boards.find(code, moment).isEmpty()) {
            throw ReadRefused.notFound("board", "no board with code '" + code + "' is known");
        }
        return signOffs.of(code, moment);
    }
}
