package uk.bcf.ledger.query.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import uk.bcf.ledger.query.catalogue.FetchMetricsQuery;
import uk.bcf.ledger.query.catalogue.MetricsView;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.relay.CommandRelay;
import uk.bcf.ledger.query.relay.RelayedWrite;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * The metric catalogue for administrators: the metrics in force in a year, each with a link to amend it, and the form
 * that defines a new metric or amends one (the fields of the seed file and a reason). Every check is the command
 * service's ({@code MetricDefinitionPolicy}); its refusal, such as an unknown shape, is shown against the field.
 */
@Controller
class MetricAdminPageController {

    private static final String METRICS = "/api/metrics";

    /** The form's fields, in the order of the seed file; those that are lists are typed separated by commas. */
    static final List<String> FIELDS = List.of(
            "code",
            "name",
            "unit",
            "shape",
            "rollup",
            "goodDirection",
            "actualPeriods",
            "planPeriods",
            "dailyRatePlans",
            "displayDecimals",
            "populationAgeBand",
            "publicationLagMonths",
            "firstYear",
            "lastYear",
            "defaultSource",
            "definition",
            "countLabel",
            "dailyRateUnit",
            "standardisation",
            "baselineFrom",
            "boardCode",
            "pausedYears");

    private static final List<String> LISTS = List.of("actualPeriods", "planPeriods", "pausedYears");
    private static final List<String> NUMBERS = List.of("displayDecimals", "publicationLagMonths");

    private final CommandRelay relay;
    private final ViewGateway views;

    MetricAdminPageController(CommandRelay relay, ViewGateway views) {
        this.relay = relay;
        this.views = views;
    }

    @GetMapping("/admin/metrics")
    String metrics(@RequestParam(required = false) String year, Model model) {
        FinancialYear financialYear = year(year);
        model.addAttribute("year", financialYear == null ? null : financialYear.code());
        model.addAttribute("metrics", metrics(financialYear));
        return "metrics";
    }

    @GetMapping("/admin/metrics/new")
    String newMetric(Model model) {
        return form(null, Map.of(), new ErrorSummary(), model);
    }

    @GetMapping("/admin/metrics/{code}")
    String amendForm(@PathVariable String code, Model model) {
        MetricSpecification metric = metrics(null).stream()
                .filter(candidate -> code.equals(candidate.code()))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("code", "no metric has the code '" + code + "'"));
        return form(code, written(metric), new ErrorSummary(), model);
    }

    @PostMapping("/admin/metrics")
    String define(
            @RequestParam Map<String, String> form, Authentication caller, HttpServletRequest request, Model model) {
        try {
            relay.send(RelayedWrite.post(METRICS, body(form)), caller, request);
            return changed(form.get("code"));
        } catch (Refusal refusal) {
            ErrorSummary errors = refusal.kind() == RefusalKind.CONFLICT
                    ? new ErrorSummary().add("code", "A metric with this code already exists")
                    : FigureFormController.errorsOrThrow(refusal, "code");
            return form(null, form, errors, model);
        }
    }

    @PostMapping("/admin/metrics/{code}")
    String amend(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        try {
            relay.send(
                    RelayedWrite.put(METRICS + "/" + UriUtils.encodePathSegment(code, "UTF-8"), body(form), null),
                    caller,
                    request);
            return changed(code);
        } catch (Refusal refusal) {
            return form(code, form, FigureFormController.errorsOrThrow(refusal, "name"), model);
        }
    }

    private String form(String code, Map<String, String> form, ErrorSummary errors, Model model) {
        model.addAttribute("amending", code);
        model.addAttribute("form", form);
        model.addAttribute("fields", FIELDS);
        model.addAttribute("errors", errors);
        return "metric";
    }

    private List<MetricSpecification> metrics(FinancialYear year) {
        return views.fetch(new FetchMetricsQuery(year, AsOfParameter.optional("asOf", null)), MetricsView.class)
                .metrics();
    }

    private static String changed(String code) {
        return "redirect:/admin/metrics?changed="
                + UriUtils.encodeQueryParam(code == null ? "" : code.strip(), "UTF-8");
    }

    /** The request body: the fields as typed, blanks left out, lists split and numbers sent as numbers. */
    static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String text = form.get(field);
            if (LISTS.contains(field)) {
                body.put(field, list(text));
            } else if (text == null || text.isBlank()) {
                continue;
            } else if (NUMBERS.contains(field)) {
                body.put(field, FigureFormController.number(text));
            } else if ("dailyRatePlans".equals(field)) {
                body.put(field, "true".equals(text));
            } else {
                body.put(field, text.strip());
            }
        }
        body.put("reason", form.get("reason"));
        return body;
    }

    /** A definition as the form shows it: lists joined with commas, absent fields blank. */
    private static Map<String, String> written(MetricSpecification metric) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", metric.code());
        values.put("name", metric.name());
        values.put("unit", metric.unit());
        values.put("shape", metric.shape());
        values.put("rollup", metric.rollup());
        values.put("goodDirection", metric.goodDirection());
        values.put("actualPeriods", metric.actualPeriods());
        values.put("planPeriods", metric.planPeriods());
        values.put("dailyRatePlans", metric.dailyRatePlans());
        values.put("displayDecimals", metric.displayDecimals());
        values.put("populationAgeBand", metric.populationAgeBand());
        values.put("publicationLagMonths", metric.publicationLagMonths());
        values.put("firstYear", metric.firstYear());
        values.put("lastYear", metric.lastYear());
        values.put("defaultSource", metric.defaultSource());
        values.put("definition", metric.definition());
        values.put("countLabel", metric.countLabel());
        values.put("dailyRateUnit", metric.dailyRateUnit());
        values.put("standardisation", metric.standardisation());
        values.put("baselineFrom", metric.baselineFrom());
        values.put("boardCode", metric.boardCode());
        values.put("pausedYears", metric.pausedYears());
        Map<String, String> form = new LinkedHashMap<>();
        values.forEach((field, value) -> form.put(
                field,
                value == null ? "" : value instanceof List<?> list ? String.join(", ", text(list)) : value.toString()));
        return form;
    }

    private static List<String> text(List<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    private static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+"))
                        .filter(item -> !item.isBlank())
                        .toList();
    }

    private static FinancialYear year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Periods.requestedFinancialYear(text);
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid("year", e.getMessage());
        }
    }
}
