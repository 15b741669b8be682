package uk.bcf.ledger.query.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.history.FetchFigureHistoryQuery;
import uk.bcf.ledger.query.history.FigureHistoryView;
import uk.bcf.ledger.query.history.FigureVersionView;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * A figure's history as a timeline, newest first: each version's value, the change (recorded, corrected, withdrawn,
 * set, revised), who, when, why and from which source, whether it restated a signed-off figure, and the published
 * value beside the computed one where a board printed one. Linked from every figure of the overview and the report.
 */
@Controller
class FigureHistoryPageController {

    private final ViewGateway views;
    private final MetricCatalogue catalogue;

    FigureHistoryPageController(ViewGateway views, MetricCatalogue catalogue) {
        this.views = views;
        this.catalogue = catalogue;
    }

    @GetMapping("/boards/{code}/history/{kind}/{metric}/{period}")
    String history(
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable String metric,
            @PathVariable String period,
            @RequestParam(required = false) String asOf,
            Model model) {
        FigureKind figureKind = switch (kind) {
            case "actual" -> FigureKind.ACTUAL;
            case "plan" -> FigureKind.PLAN;
            default -> throw Refusal.notFound("kind", "must be actual or plan");
        };
        FigureHistoryView history = views.fetch(
                new FetchFigureHistoryQuery(
                        code,
                        figureKind,
                        metric,
                        RequestParameters.period(period),
                        AsOfParameter.optional("asOf", asOf)),
                FigureHistoryView.class);
        model.addAttribute("history", history);
        List<FigureVersionView> newestFirst = new ArrayList<>(history.versions());
        Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        model.addAttribute("metric", catalogue.forBoard(code).find(metric).orElse(null));
        model.addAttribute("withdrawn", history.current().withdrawn());
        return "history";
    }
}
