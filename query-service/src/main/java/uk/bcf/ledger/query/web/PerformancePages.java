package uk.bcf.ledger.query.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.bcf.ledger.query.api.PerformanceViews;
import uk.bcf.ledger.query.readmodel.BoardTables;
import uk.bcf.ledger.query.readmodel.FigureTables;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.query.PerformanceRow;
import uk.bcf.ledger.shared.query.PerformanceView;

/** Web pages for people: the list of boards, and a board's performance view of a financial year. */
@Controller
class PerformancePages {

    private final BoardTables boards;
    private final FigureTables figures;
    private final PerformanceViews views;
    private final MetricCatalogue catalogue;

    PerformancePages(BoardTables boards, FigureTables figures, PerformanceViews views, MetricCatalogue catalogue) {
        this.boards = boards;
        this.figures = figures;
        this.views = views;
        this.catalogue = catalogue;
    }

    /** A board with the financial years it has figures for. */
    record BoardEntry(String code, String name, List<String> years) {
    }

    /** One metric's rows of the view, with the metric's definition for headings. */
    record MetricSection(MetricDefinition metric, List<PerformanceRow> rows) {
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("boards", boards.all().stream()
                .map(board -> new BoardEntry(board.code(), board.name(), figures.yearsOf(board.code())))
                .toList());
        return "index";
    }

    @GetMapping("/boards/{code}/performance/{fy}")
    String performance(@PathVariable String code, @PathVariable String fy, Model model) {
        PerformanceView view = views.fetch(code, fy);
        Map<String, List<PerformanceRow>> byMetric = new LinkedHashMap<>();
        view.rows().forEach(row -> byMetric.computeIfAbsent(row.metric(), metric -> new ArrayList<>()).add(row));
        model.addAttribute("view", view);
        model.addAttribute("sections", byMetric.entrySet().stream()
                .map(entry -> new MetricSection(catalogue.find(entry.getKey()).orElseThrow(), entry.getValue()))
                .toList());
        return "performance";
    }
}
