package uk.bcf.ledger.query.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.CsvMediaType;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.http.ViewGateway;

/**
 * A board's plan-versus-actual view of a financial year, as JSON or as CSV ({@code Accept: text/csv}), as known
 * now or at a past moment ({@code asOf}). The CSV as of a sign-off is the same, byte for byte, whenever asked.
 */
@RestController
class PerformanceController {

    private static final String PATH = "/api/boards/{code}/performance/{fy}";

    private final ViewGateway views;
    private final PerformanceCsv csv = new PerformanceCsv();

    PerformanceController(ViewGateway views) {
        this.views = views;
    }

    @Operation(summary = "A board's plan-versus-actual view of a financial year, as known at a moment")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    PerformanceView json(
            @PathVariable String code,
            @PathVariable String fy,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return views.fetch(query(code, fy, asOf), PerformanceView.class);
    }

    @Operation(summary = "The same view as CSV")
    @GetMapping(path = PATH, produces = CsvMediaType.TEXT_CSV_UTF8)
    String csv(
            @PathVariable String code,
            @PathVariable String fy,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return csv.write(views.fetch(query(code, fy, asOf), PerformanceView.class));
    }

    /** The moment is read before the year, so that a malformed {@code asOf} is named first. */
    private static FetchPerformanceQuery query(String code, String fy, String asOf) {
        AsOfParameter moment = AsOfParameter.optional("asOf", asOf);
        return new FetchPerformanceQuery(code, RequestParameters.financialYear(fy), moment);
    }
}
