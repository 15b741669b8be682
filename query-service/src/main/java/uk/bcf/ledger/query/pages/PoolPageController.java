package uk.bcf.ledger.query.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.pool.FetchPoolQuery;
import uk.bcf.ledger.query.pool.PoolView;

/**
 * The web page of a board's pooled budget for a financial year, as known now or at a past moment ({@code asOf}):
 * the same query through the query bus as {@code GET /api/boards/{code}/pool/{fy}}, in tables.
 */
@Controller
class PoolPageController {

    private final ViewGateway views;

    PoolPageController(ViewGateway views) {
        this.views = views;
    }

    @GetMapping("/boards/{code}/pool/{fy}")
    String pool(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestParam(required = false) String asOf,
            Model model) {
        AsOfParameter moment = AsOfParameter.optional("asOf", asOf);
        PoolView pool =
                views.fetch(new FetchPoolQuery(code, RequestParameters.financialYear(fy), moment), PoolView.class);
        model.addAttribute("pool", pool);
        model.addAttribute("asOf", moment instanceof AsOfParameter.Now ? null : asOf.trim());
        return "pool";
    }
}
