package uk.bcf.ledger.query.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.history.FetchFigureHistoryQuery;
import uk.bcf.ledger.query.history.FigureHistoryView;
import uk.bcf.ledger.query.history.FigureVersionView;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.relay.CommandRelay;
import uk.bcf.ledger.query.relay.RelayAnswer;
import uk.bcf.ledger.query.relay.RelayedWrite;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The forms to record a plan or an actual, and to correct one (a reason required, the version the analyst saw sent
 * as {@code If-Match}, so that a figure changed meanwhile is a conflict page rather than a lost update). The
 * measurement fields follow the metric's definition ({@link FigureFields}).
 */
@Controller
class FigureFormController {

    private static final List<String> NUMBER_FIELDS =
            List.of("value", "numerator", "denominator", "perDay", "rate", "percent", "mean", "publishedValue");

    private final CommandRelay relay;
    private final ViewGateway views;
    private final MetricCatalogue catalogue;

    FigureFormController(CommandRelay relay, ViewGateway views, MetricCatalogue catalogue) {
        this.relay = relay;
        this.views = views;
        this.catalogue = catalogue;
    }

    @GetMapping("/boards/{code}/figures/new")
    String recordForm(
            @PathVariable String code,
            @RequestParam(required = false) String metric,
            @RequestParam(defaultValue = "actual") String kind,
            Model model) {
        return recordForm(
                code, Map.of("metric", metric == null ? "" : metric, "kind", kind), new ErrorSummary(), model);
    }

    @PostMapping("/boards/{code}/figures")
    String record(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        boolean plan = "plan".equals(form.get("kind"));
        try {
            requireNumbers(form);
            RelayAnswer answer = relay.send(
                    RelayedWrite.post(
                            "/api/boards/" + code + (plan ? "/plans" : "/actuals"),
                            RelayedWrite.fields(
                                    "metric", form.get("metric"),
                                    "period", form.get("period"),
                                    "value", number(form.get("value")),
                                    "numerator", number(form.get("numerator")),
                                    "denominator", number(form.get("denominator")),
                                    "perDay", number(form.get("perDay")),
                                    "rate", number(form.get("rate")),
                                    "percent", number(form.get("percent")),
                                    "mean", number(form.get("mean")),
                                    "publishedValue", number(form.get("publishedValue")),
                                    "source", form.get("source"))),
                    caller,
                    request);
            return Redirects.toHistory(code, plan ? "plan" : "actual", form.get("metric"), answer);
        } catch (Refusal refusal) {
            return recordForm(code, form, errorsOrThrow(refusal, "period"), model);
        }
    }

    @GetMapping("/boards/{code}/figures/{kind}/{metric}/{period}/correct")
    String correctForm(
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable String metric,
            @PathVariable String period,
            Model model) {
        FigureVersionView current = history(code, kind, metric, period).current();
        Map<String, String> form = new java.util.HashMap<>();
        form.put("version", String.valueOf(current.version()));
        form.put("value", text(current.value()));
        form.put("numerator", text(current.numerator()));
        form.put("denominator", text(current.denominator()));
        form.put("perDay", text(current.perDay()));
        form.put("rate", text(current.rate()));
        form.put("percent", text(current.percent()));
        form.put("mean", text(current.mean()));
        return correctForm(code, kind, metric, period, form, new ErrorSummary(), model);
    }

    @PostMapping("/boards/{code}/figures/{kind}/{metric}/{period}/correct")
    String correct(
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable String metric,
            @PathVariable String period,
            @RequestParam Map<String, String> form,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        FigureKind figureKind = kind(kind);
        try {
            requireNumbers(form);
            RelayAnswer answer = relay.send(
                    RelayedWrite.put(
                            "/api/boards/" + code + (figureKind == FigureKind.PLAN ? "/plans/" : "/actuals/") + metric
                                    + "/" + period,
                            RelayedWrite.fields(
                                    "value", number(form.get("value")),
                                    "numerator", number(form.get("numerator")),
                                    "denominator", number(form.get("denominator")),
                                    "perDay", number(form.get("perDay")),
                                    "rate", number(form.get("rate")),
                                    "percent", number(form.get("percent")),
                                    "mean", number(form.get("mean")),
                                    "publishedValue", number(form.get("publishedValue")),
                                    "source", form.get("source"),
                                    "reason", form.get("reason")),
                            form.get("version")),
                    caller,
                    request);
            return Redirects.toHistory(code, figureKind.code(), metric, answer);
        } catch (Refusal refusal) {
            return correctForm(code, kind, metric, period, form, errorsOrThrow(refusal, "reason"), model);
        }
    }

    private String recordForm(String code, Map<String, String> form, ErrorSummary errors, Model model) {
        boolean plan = "plan".equals(form.get("kind"));
        MetricDefinition metric =
                catalogue.forBoard(code).find(form.getOrDefault("metric", "")).orElse(null);
        model.addAttribute("board", code);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("metrics", catalogue.forBoard(code).all());
        model.addAttribute("metric", metric);
        model.addAttribute("plan", plan);
        model.addAttribute("fields", metric == null ? List.of() : FigureFields.of(metric, plan));
        return "figure-record";
    }

    private String correctForm(
            String code,
            String kind,
            String metricCode,
            String period,
            Map<String, String> form,
            ErrorSummary errors,
            Model model) {
        FigureKind figureKind = kind(kind);
        MetricDefinition metric = catalogue
                .forBoard(code)
                .find(metricCode)
                .orElseThrow(() -> Refusal.notFound("metric", "is not a metric of the catalogue"));
        model.addAttribute("board", code);
        model.addAttribute("kind", figureKind.code());
        model.addAttribute("metric", metric);
        model.addAttribute("period", RequestParameters.period(period).code());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", FigureFields.of(metric, figureKind == FigureKind.PLAN));
        return "figure-correct";
    }

    private FigureHistoryView history(String code, String kind, String metric, String period) {
        return views.fetch(
                new FetchFigureHistoryQuery(
                        code,
                        kind(kind),
                        metric,
                        RequestParameters.period(period),
                        AsOfParameter.optional("asOf", null)),
                FigureHistoryView.class);
    }

    static FigureKind kind(String kind) {
        return switch (kind) {
            case "actual" -> FigureKind.ACTUAL;
            case "plan" -> FigureKind.PLAN;
            default -> throw Refusal.notFound("kind", "must be actual or plan");
        };
    }

    /** The form's errors for a refusal of its input; any other refusal goes to the error page as it is. */
    static ErrorSummary errorsOrThrow(Refusal refusal, String firstField) {
        ErrorSummary errors = ErrorSummary.of(refusal, firstField);
        if (!errors.any()) {
            throw refusal;
        }
        return errors;
    }

    /**
     * Refuses, in a form's words, the first number field holding text that is no number ({@code 12a}), before anything
     * is relayed: the API's own answer would speak of JSON, which a person filling in a form never sees.
     */
    static void requireNumbers(Map<String, String> form) {
        for (String field : NUMBER_FIELDS) {
            if (number(form.get(field)) instanceof String) {
                throw Refusal.invalid(field, "must be a number, for example 2,193 or 8.4");
            }
        }
    }

    /** A number as the user typed it, for the API to check (text that is not a number is sent as text). */
    static Object number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(",", "");
        try {
            return new java.math.BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            return text.strip();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
