package uk.bcf.ledger.query.pool;

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
 * A board's pooled budget for a financial year (JSON, or CSV with {@code Accept: text/csv}), and the history of one
 * of its scheme lines; both as of any moment ({@code asOf}).
 */
@RestController
class PoolController {

    private static final String PATH = "/api/boards/{code}/pool/{fy}";

    private final ViewGateway views;
    private final PoolCsv csv = new PoolCsv();

    PoolController(ViewGateway views) {
        this.views = views;
    }

    @Operation(summary = "A board's pooled budget for a year: income, expenditure, balance, conditions, lines, checks")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    PoolView pool(
            @PathVariable String code,
            @PathVariable String fy,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return fetch(code, fy, asOf);
    }

    @Operation(summary = "The same pooled budget as CSV, one row per amount, line and check")
    @GetMapping(path = PATH, produces = CsvMediaType.TEXT_CSV_UTF8)
    String poolCsv(
            @PathVariable String code,
            @PathVariable String fy,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return csv.write(fetch(code, fy, asOf));
    }

    @Operation(summary = "Every version of a scheme line and of its quarters' spend")
    @GetMapping(path = PATH + "/lines/{lineId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    PoolLineHistoryView lineHistory(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String lineId,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return views.fetch(
                new FetchPoolLineHistoryQuery(
                        code, RequestParameters.financialYear(fy), lineId, AsOfParameter.optional("asOf", asOf)),
                PoolLineHistoryView.class);
    }

    private PoolView fetch(String code, String fy, String asOf) {
        return views.fetch(
                new FetchPoolQuery(code, RequestParameters.financialYear(fy), AsOfParameter.optional("asOf", asOf)),
                PoolView.class);
    }
}
