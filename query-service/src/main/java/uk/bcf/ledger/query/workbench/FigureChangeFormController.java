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
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The forms to withdraw an actual (a reason required) and to write a metric's commentary for a period (each write
 * a new version of the text).
 */
@Controller
class FigureChangeFormController {

    private final CommandRelay relay;
    private final MetricCatalogue catalogue;

    FigureChangeFormController(CommandRelay relay, MetricCatalogue catalogue) {
        this.relay = relay;
        this.catalogue = catalogue;
    }

    @GetMapping("/boards/{code}/figures/actual/{metric}/{period}/withdraw")
    String withdrawForm(
            @PathVariable String code, @PathVariable String metric, @PathVariable String period, Model model) {
        return withdrawForm(code, metric, period, Map.of(), new ErrorSummary(), model);
    }

    @PostMapping("/boards/{code}/figures/actual/{metric}/{period}/withdraw")
    String withdraw(
            @PathVariable String code,
            @PathVariable String metric,
            @PathVariable String period,
            @RequestParam Map<String, String> form,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        try {
            RelayAnswer answer = relay.send(
                    RelayedWrite.delete(
                            "/api/boards/" + code + "/actuals/" + metric + "/" + period,
                            RelayedWrite.fields("reason", form.get("reason")),
                            null),
                    caller,
                    request);
            return Redirects.toHistory(code, "actual", metric, answer);
        } catch (Refusal refusal) {
            return withdrawForm(
                    code, metric, period, form, FigureFormController.errorsOrThrow(refusal, "reason"), model);
        }
    }

    @GetMapping("/boards/{code}/figures/commentary")
    String commentaryForm(
            @PathVariable String code,
            @RequestParam(required = false) String metric,
            @RequestParam(required = false) String period,
            Model model) {
        return commentaryForm(
                code,
                Map.of("metric", metric == null ? "" : metric, "period", period == null ? "" : period),
                new ErrorSummary(),
                model);
    }

    @PostMapping("/boards/{code}/figures/commentary")
    String writeCommentary(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        try {
            RelayAnswer answer = relay.send(
                    RelayedWrite.post(
                            "/api/boards/" + code + "/commentary",
                            RelayedWrite.fields(
                                    "metric",
                                    form.get("metric"),
                                    "period",
                                    form.get("period"),
                                    "text",
                                    form.get("text"))),
                    caller,
                    request);
            String year = Periods.parse(String.valueOf(answer.fields().getOrDefault("period", form.get("period"))))
                    .financialYear()
                    .code();
            return Redirects.to("/boards/{code}/performance/{fy}", answer, code, year);
        } catch (Refusal refusal) {
            return commentaryForm(code, form, FigureFormController.errorsOrThrow(refusal, "text"), model);
        }
    }

    private String withdrawForm(
            String code, String metric, String period, Map<String, String> form, ErrorSummary errors, Model model) {
        model.addAttribute("board", code);
        model.addAttribute(
                "metric",
                catalogue.forBoard(code).find(metric).orElseThrow(() -> Refusal.notFound("metric", "is unknown")));
        model.addAttribute("period", period);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "figure-withdraw";
    }

    private String commentaryForm(String code, Map<String, String> form, ErrorSummary errors, Model model) {
        model.addAttribute("board", code);
        model.addAttribute("metrics", catalogue.forBoard(code).all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "commentary";
    }
}
