package uk.bcf.ledger.query.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.relay.CommandRelay;
import uk.bcf.ledger.query.relay.RelayAnswer;
import uk.bcf.ledger.query.relay.RelayedWrite;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.period.Quarter;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The forms of a board's own records: a quarter's sign-off (once per quarter, with the meeting date and who signed it
 * off) and, for administrators and the board's analysts, a population count (a second count for the same year and
 * age band is a newer vintage).
 */
@Controller
class BoardFormController {

    private final CommandRelay relay;

    BoardFormController(CommandRelay relay) {
        this.relay = relay;
    }

    @GetMapping("/boards/{code}/sign-offs/new")
    String signOffForm(@PathVariable String code, Model model) {
        return form("sign-off", code, Map.of(), new ErrorSummary(), model);
    }

    @PostMapping("/boards/{code}/sign-offs")
    String signOff(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        try {
            RelayAnswer answer = relay.send(
                    RelayedWrite.post(
                            "/api/boards/" + code + "/sign-offs",
                            RelayedWrite.fields(
                                    "period", form.get("period"),
                                    "meetingDate", form.get("meetingDate"),
                                    "signedOffBy", form.get("signedOffBy"))),
                    caller,
                    request);
            Period quarter = Periods.parse(String.valueOf(answer.fields().get("period")));
            return Redirects.to(
                    "/boards/{code}/reports/{fy}/{quarter}?moment=sign-off&signOff={period}",
                    answer,
                    code,
                    quarter.financialYear().code(),
                    quarter instanceof Quarter q ? "Q" + q.number() : "Q4",
                    quarter.code());
        } catch (Refusal refusal) {
            return form("sign-off", code, form, FigureFormController.errorsOrThrow(refusal, "period"), model);
        }
    }

    @GetMapping("/boards/{code}/populations/new")
    String populationForm(@PathVariable String code, Model model) {
        return form("population", code, Map.of("ageBand", "65+"), new ErrorSummary(), model);
    }

    @PostMapping("/boards/{code}/populations")
    String population(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        try {
            RelayAnswer answer = relay.send(
                    RelayedWrite.post(
                            "/api/boards/" + code + "/populations",
                            RelayedWrite.fields(
                                    "year", FigureFormController.number(form.get("year")),
                                    "ageBand", form.get("ageBand"),
                                    "count", FigureFormController.number(form.get("count")),
                                    "source", form.get("source"))),
                    caller,
                    request);
            return Redirects.to("/", answer);
        } catch (Refusal refusal) {
            return form("population", code, form, FigureFormController.errorsOrThrow(refusal, "year"), model);
        }
    }

    private static String form(String view, String code, Map<String, String> form, ErrorSummary errors, Model model) {
        model.addAttribute("board", code);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }
}
