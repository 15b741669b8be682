package uk.bcf.ledger.query.restatement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.CsvMediaType;
import uk.bcf.ledger.query.http.ViewGateway;

/**
 * Which of a board's figures changed after a moment ({@code since}, typically a sign-off), old and new side by
 * side, as known at {@code asOf}; JSON, or CSV with {@code Accept: text/csv}.
 */
@RestController
class RestatementsController {

    private static final String PATH = "/api/boards/{code}/restatements";
    private static final String SINCE = "the moment the figures were reported, required: " + AsOfParameter.FORMS;

    private final ViewGateway views;
    private final RestatementsCsv csv = new RestatementsCsv();

    RestatementsController(ViewGateway views) {
        this.views = views;
    }

    @Operation(summary = "The figures known at a moment that have changed since, as known at another")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    RestatementsView json(
            @PathVariable String code,
            @Parameter(description = SINCE, required = true) @RequestParam(required = false) String since,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return fetch(code, since, asOf);
    }

    @Operation(summary = "The same restatements as CSV")
    @GetMapping(path = PATH, produces = CsvMediaType.TEXT_CSV_UTF8)
    String csv(
            @PathVariable String code,
            @Parameter(description = SINCE, required = true) @RequestParam(required = false) String since,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return csv.write(fetch(code, since, asOf));
    }

    private RestatementsView fetch(String code, String since, String asOf) {
        AsOfParameter from = AsOfParameter.required("since", since);
        return views.fetch(
                new FetchRestatementsQuery(code, from, AsOfParameter.optional("asOf", asOf)), RestatementsView.class);
    }
}
