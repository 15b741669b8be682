package uk.bcf.ledger.query.spc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The XmR chart of a metric's monthly actuals over a range, as JSON: the baseline is every monthly actual from
 * {@code from} to {@code to}; assurance is against the plan of the latest month, {@code none} without one. The
 * metric is looked up by {@link SpcQueryHandler} as defined at the moment asked for.
 */
@RestController
class SpcController {

    private static final int MAX_MONTHS = 120;

    private final ViewGateway views;

    SpcController(ViewGateway views) {
        this.views = views;
    }

    @Operation(summary = "Statistical process control (XmR) analysis of a metric's monthly actuals")
    @GetMapping("/api/boards/{code}/spc/{metric}")
    SpcResult spc(
            @PathVariable String code,
            @PathVariable String metric,
            @Parameter(description = "first month of the baseline, e.g. 2018-04") @RequestParam String from,
            @Parameter(description = "last month of the baseline, e.g. 2020-03") @RequestParam String to,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) String asOf) {
        Month first = month("from", from);
        Month last = month("to", to);
        long months = ChronoUnit.MONTHS.between(first.yearMonth(), last.yearMonth()) + 1;
        if (months < 2 || months > MAX_MONTHS) {
            throw Refusal.invalid(
                    "to", "the range must span 2 to " + MAX_MONTHS + " months, from " + from + " onwards");
        }
        FetchSpcQuery query = new FetchSpcQuery(code, metric, first, last, AsOfParameter.optional("asOf", asOf));
        return views.fetch(query, SpcView.class).analysis();
    }

    private static Month month(String field, String text) {
        try {
            if (Periods.requested(text) instanceof Month month) {
                return month;
            }
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid(field, e.getMessage());
        }
        throw Refusal.invalid(field, "must be a month such as 2019-04");
    }
}
