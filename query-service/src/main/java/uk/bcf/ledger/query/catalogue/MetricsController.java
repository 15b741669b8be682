package uk.bcf.ledger.query.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * {@code GET /api/metrics?year=2023-24&asOf=…}: the metrics in force in a year (or every metric without
 * {@code year}) with their full definitions, as defined now or at a past moment. Any signed-in user.
 */
@RestController
class MetricsController {

    private final ViewGateway views;

    MetricsController(ViewGateway views) {
        this.views = views;
    }

    @Operation(summary = "The metrics in force in a financial year, with their definitions, as defined at a moment")
    @GetMapping(path = "/api/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MetricSpecification> metrics(
            @Parameter(description = "a financial year such as 2023-24; every metric when absent")
                    @RequestParam(required = false)
                    String year,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        FetchMetricsQuery query = new FetchMetricsQuery(year(year), AsOfParameter.optional("asOf", asOf));
        return views.fetch(query, MetricsView.class).metrics();
    }

    private static FinancialYear year(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Periods.requestedFinancialYear(text);
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid("year", e.getMessage());
        }
    }
}
