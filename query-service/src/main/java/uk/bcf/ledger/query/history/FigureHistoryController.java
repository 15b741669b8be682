package uk.bcf.ledger.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.CsvMediaType;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.shared.figure.FigureKind;

/**
 * The audit trail of one actual ({@code figures}) or plan ({@code plans}): every version (as JSON, or as CSV with
 * {@code Accept: text/csv}), or just the latest, as known at a moment. Each answer carries the latest version as a strong {@code ETag}, {@code "3"}, which a client
 * sends back as {@code If-Match} when it corrects the figure.
 */
@RestController
class FigureHistoryController {

    private static final String ACTUAL_HISTORY = "/api/boards/{code}/figures/{metric}/{period}/history";
    private static final String PLAN_HISTORY = "/api/boards/{code}/plans/{metric}/{period}/history";

    private final ViewGateway views;
    private final FigureHistoryCsv csv = new FigureHistoryCsv();

    FigureHistoryController(ViewGateway views) {
        this.views = views;
    }

    @Operation(summary = "Every version of an actual, oldest first, as known at a moment")
    @GetMapping(path = ACTUAL_HISTORY, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FigureHistoryView> actualHistory(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable String period,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return tagged(history(code, FigureKind.ACTUAL, metric, period, asOf));
    }

    @Operation(summary = "The same history of an actual as CSV")
    @GetMapping(path = ACTUAL_HISTORY, produces = CsvMediaType.TEXT_CSV_UTF8)
    ResponseEntity<String> actualHistoryCsv(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable String period,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return taggedCsv(history(code, FigureKind.ACTUAL, metric, period, asOf));
    }

    @Operation(summary = "Every version of a plan, oldest first, as known at a moment")
    @GetMapping(path = PLAN_HISTORY, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FigureHistoryView> planHistory(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable String period,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return tagged(history(code, FigureKind.PLAN, metric, period, asOf));
    }

    @Operation(summary = "The same history of a plan as CSV")
    @GetMapping(path = PLAN_HISTORY, produces = CsvMediaType.TEXT_CSV_UTF8)
    ResponseEntity<String> planHistoryCsv(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable String period,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        return taggedCsv(history(code, FigureKind.PLAN, metric, period, asOf));
    }

    @Operation(summary = "The latest version of an actual as known at a moment, with its version as ETag")
    @GetMapping("/api/boards/{code}/figures/{metric}/{period}")
    ResponseEntity<FigureVersionView> actual(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable String period,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        FigureHistoryView history = history(code, FigureKind.ACTUAL, metric, period, asOf);
        return ResponseEntity.ok().eTag(VersionTag.of(history)).body(history.current());
    }

    @Operation(summary = "The latest version of a plan as known at a moment, with its version as ETag")
    @GetMapping("/api/boards/{code}/plans/{metric}/{period}")
    ResponseEntity<FigureVersionView> plan(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable String period,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        FigureHistoryView history = history(code, FigureKind.PLAN, metric, period, asOf);
        return ResponseEntity.ok().eTag(VersionTag.of(history)).body(history.current());
    }

    /** The moment is read before the period, so that a malformed {@code asOf} is named first. */
    private FigureHistoryView history(String code, FigureKind kind, String metric, String period, String asOf) {
        AsOfParameter moment = AsOfParameter.optional("asOf", asOf);
        return views.fetch(
                new FetchFigureHistoryQuery(code, kind, metric, RequestParameters.period(period), moment),
                FigureHistoryView.class);
    }

    private static ResponseEntity<FigureHistoryView> tagged(FigureHistoryView history) {
        return ResponseEntity.ok().eTag(VersionTag.of(history)).body(history);
    }

    private ResponseEntity<String> taggedCsv(FigureHistoryView history) {
        return ResponseEntity.ok().eTag(VersionTag.of(history)).body(csv.write(history));
    }
}
