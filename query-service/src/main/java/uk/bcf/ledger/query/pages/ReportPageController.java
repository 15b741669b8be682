package uk.bcf.ledger.query.pages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.projection.SignOffRow;
import uk.bcf.ledger.query.report.FetchQuarterlyReportQuery;
import uk.bcf.ledger.query.report.QuarterlyReportView;
import uk.bcf.ledger.query.signoff.FetchSignOffsQuery;
import uk.bcf.ledger.query.signoff.SignOffsView;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The quarterly report as a page of the service, with a moment picker: as known now, as presented at one of the
 * year's sign-offs, or as known at the end of a chosen day (UK time); its PDF and CSV links keep the moment and say
 * which it is. Each figure's row links to its history.
 */
@Controller
class ReportPageController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ViewGateway views;

    ReportPageController(ViewGateway views) {
        this.views = views;
    }

    @GetMapping("/boards/{code}/reports/{fy}/{quarter}")
    String report(
            @PathVariable String code,
            @PathVariable String fy,
            @PathVariable String quarter,
            @RequestParam(defaultValue = "now") String moment,
            @RequestParam(required = false) String signOff,
            @RequestParam(required = false) String date,
            Model model) {
        String year = RequestParameters.financialYear(fy).code();
        String asOf = asOf(moment, signOff, date);
        QuarterlyReportView report =
                views.fetch(FetchQuarterlyReportQuery.of(code, year, quarter, asOf, null), QuarterlyReportView.class);
        List<SignOffRow> signOffs = views
                .fetch(new FetchSignOffsQuery(code, AsOfParameter.optional("asOf", null)), SignOffsView.class)
                .signOffs()
                .stream()
                .filter(row -> row.period().financialYear().code().equals(year))
                .toList();
        model.addAttribute("report", report);
        model.addAttribute("header", report.header());
        model.addAttribute("signOffs", signOffs);
        model.addAttribute("moment", moment);
        model.addAttribute("signOff", signOff);
        model.addAttribute("date", date);
        model.addAttribute("asOf", asOf);
        model.addAttribute("momentWords", words(moment, signOff, date));
        return "report-page";
    }

    private static String asOf(String moment, String signOff, String date) {
        return switch (moment) {
            case "now" -> null;
            case "sign-off" -> {
                if (signOff == null || signOff.isBlank()) {
                    throw Refusal.invalid("signOff", "choose the sign-off to show the report as presented at");
                }
                yield AsOfParameter.SIGN_OFF_PREFIX + signOff.strip();
            }
            case "date" -> endOfDay(date);
            default -> throw Refusal.invalid("moment", "must be now, sign-off or date");
        };
    }

    private static String endOfDay(String date) {
        try {
            LocalDate day = LocalDate.parse(date == null ? "" : date.strip());
            return day.plusDays(1).atStartOfDay(UK).toInstant().minusSeconds(1).toString();
        } catch (DateTimeParseException notADate) {
            throw Refusal.invalid("date", "must be a date such as 2019-11-21");
        }
    }

    private static String words(String moment, String signOff, String date) {
        return switch (moment) {
            case "sign-off" -> "as presented at the " + PeriodWords.of(signOff) + " sign-off";
            case "date" -> "as known at the end of " + date.strip();
            default -> "as known now";
        };
    }
}
