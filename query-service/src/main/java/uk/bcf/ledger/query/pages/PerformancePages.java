package uk.bcf.ledger.query.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.access.VisibleBoards;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.http.Moment;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.performance.PerformanceView;
import uk.bcf.ledger.query.performance.PerformanceViews;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardTables;
import uk.bcf.ledger.query.projection.FiguresAsOf;
import uk.bcf.ledger.query.projection.SignOffs;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Web pages for people: the list of boards, and a board's performance view of a financial year as known now or at
 * a past moment ({@code asOf}), saying which, with links to the view as presented at each sign-off of the year.
 */
@Controller
class PerformancePages {

    private final BoardTables boards;
    private final FiguresAsOf figures;
    private final SignOffs signOffs;
    private final PerformanceViews views;
    private final AsOfResolver moments;
    private final MetricCatalogue catalogue;

    PerformancePages(BoardTables boards, FiguresAsOf figures, SignOffs signOffs, PerformanceViews views,
            AsOfResolver moments, MetricCatalogue catalogue) {
        this.boards = boards;
        this.figures = figures;
        this.signOffs = signOffs;
        this.views = views;
        this.moments = moments;
        this.catalogue = catalogue;
    }

    /** A board with the financial years it has figures for. */
    record BoardEntry(String code, String name, List<String> years) {
    }

    /** One metric's rows of the view, with the metric's definition for headings. */
    record MetricSection(MetricDefinition metric, List<PerformanceRow> rows) {
    }

    /** A sign-off of the year, with the {@code asOf} value that shows the view as it was presented. */
    record SignOffLink(String quarter, String meetingDate, String asOf) {
    }

    @GetMapping("/")
    String index(Model model, Authentication caller) {
        model.addAttribute("signedInAs", caller.getName());
        model.addAttribute("signOut", caller instanceof UsernamePasswordAuthenticationToken);
        model.addAttribute("boards", VisibleBoards.of(boards.all(AsOf.now())).stream()
                .map(board -> new BoardEntry(board.code(), board.name(), figures.yearsOf(board.code())))
                .toList());
        return "index";
    }

    @GetMapping("/boards/{code}/performance/{fy}")
    String performance(@PathVariable String code, @PathVariable String fy,
            @RequestParam(required = false) String asOf, Model model) {
        Moment moment = moments.resolve(code, "asOf", asOf);
        PerformanceView view = views.fetch(code, fy, moment.asOf());
        Map<String, List<PerformanceRow>> byMetric = new LinkedHashMap<>();
        view.rows().forEach(row -> byMetric.computeIfAbsent(row.metric(), metric -> new ArrayList<>()).add(row));
        model.addAttribute("view", view);
        model.addAttribute("moment", MomentCaption.of(moment));
        model.addAttribute("asOf", moment.asOf().isNow() ? null : asOf.trim());
        model.addAttribute("signOffs", signOffLinks(code, FinancialYear.of(view.financialYear())));
        model.addAttribute("sections", byMetric.entrySet().stream()
                .map(entry -> new MetricSection(catalogue.find(entry.getKey()).orElseThrow(), entry.getValue()))
                .toList());
        return "performance";
    }

    private List<SignOffLink> signOffLinks(String code, FinancialYear year) {
        return signOffs.of(code, AsOf.now()).stream()
                .filter(signOff -> signOff.period().financialYear().equals(year))
                .map(signOff -> new SignOffLink(signOff.period().code(), MomentCaption.DATE.format(signOff.meetingDate()),
                        AsOfParameter.SIGN_OFF_PREFIX + signOff.period().code()))
                .toList();
    }
}
