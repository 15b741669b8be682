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
import uk.bcf.ledger.query.http.CsvMediaType;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.projection.SignOffRow;

/**
 * A board's quarterly sign-offs, oldest first: each one's {@code recordedAt} is the moment to read any view as of
 * ({@code asOf=sign-off:<quarter>}) to see what was presented. JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
class SignOffsController {

    private static final String PATH = "/api/boards/{code}/sign-offs";

    private final ViewGateway views;
    private final SignOffsCsv csv = new SignOffsCsv();

    SignOffsController(ViewGateway views) {
        this.views = views;
    }

    @Operation(summary = "A board's quarterly sign-offs, as known at a moment")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<SignOffRow> signOffs(
            @PathVariable String code,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return fetch(code, asOf).signOffs();
    }

    @Operation(summary = "The same sign-offs as CSV")
    @GetMapping(path = PATH, produces = CsvMediaType.TEXT_CSV_UTF8)
    String signOffsCsv(
            @PathVariable String code,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return csv.write(fetch(code, asOf));
    }

    private SignOffsView fetch(String code, String asOf) {
        return views.fetch(new FetchSignOffsQuery(code, AsOfParameter.optional("asOf", asOf)), SignOffsView.class);
    }
}
