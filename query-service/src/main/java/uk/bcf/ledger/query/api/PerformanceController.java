package uk.bcf.ledger.query.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.performance.PerformanceCsv;
import uk.bcf.ledger.shared.query.PerformanceView;

/** A board's plan-versus-actual view of a financial year, as JSON or as CSV ({@code Accept: text/csv}). */
@RestController
class PerformanceController {

    static final String TEXT_CSV = "text/csv";

    private final PerformanceViews views;
    private final PerformanceCsv csv = new PerformanceCsv();

    PerformanceController(PerformanceViews views) {
        this.views = views;
    }

    @GetMapping(path = "/api/boards/{code}/performance/{fy}", produces = MediaType.APPLICATION_JSON_VALUE)
    PerformanceView json(@PathVariable String code, @PathVariable String fy) {
        return views.fetch(code, fy);
    }

    @GetMapping(path = "/api/boards/{code}/performance/{fy}", produces = TEXT_CSV + ";charset=UTF-8")
    String csv(@PathVariable String code, @PathVariable String fy) {
        return csv.write(views.fetch(code, fy));
    }
}
