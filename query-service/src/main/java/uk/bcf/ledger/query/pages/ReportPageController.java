package uk.bcf.ledger.query.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
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
import uk.bcf.ledger.query.workbench.ErrorSummary;

/**
 * The quarterly report as a page of the service, with a moment picker ({@link ReportMoment}): as known now, as
 * presented at one of the year's sign-offs (offered with their meeting dates in words), or as known at the end of a
 * chosen day (UK time); its PDF and CSV links keep the moment and say which it is. A choice that cannot be used is a
 * 400 with the error summary on the picker, linked to its field, and the report as known now. Each figure's row
 * links to its history.
 */
@Controller
class ReportPageController {

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
            Model model,
            HttpServletResponse response) {
        String year = RequestParameters.financialYear(fy).code();
        ReportMoment chosen = ReportMoment.chosen(moment, signOff, date);
        QuarterlyReportView report = views.fetch(
                FetchQuarterlyReportQuery.of(code, year, quarter, chosen.asOf(), null), QuarterlyReportView.class);
        List<SignOffRow> signOffs = views
                .fetch(new FetchSignOffsQuery(code, AsOfParameter.optional("asOf", null)), SignOffsView.class)
                .signOffs()
                .stream()
                .filter(row -> row.period().financialYear().code().equals(year))
                .toList();
        if (!chosen.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("report", report);
        model.addAttribute("header", report.header());
        model.addAttribute("signOffs", signOffs);
        model.addAttribute("moment", moment);
        model.addAttribute("signOff", signOff);
        model.addAttribute("date", date);
        model.addAttribute("asOf", chosen.asOf());
        model.addAttribute("momentWords", chosen.words());
        model.addAttribute(
                "errors", chosen.valid() ? ErrorSummary.none() : ErrorSummary.of(chosen.field(), chosen.error()));
        return "report-page";
    }
}
