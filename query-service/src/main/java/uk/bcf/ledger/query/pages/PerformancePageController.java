package uk.bcf.ledger.query.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.query.http.ViewGateway;

/**
 * The web page of a board's performance view of a financial year as known now or at a past moment ({@code asOf}),
 * saying which, with links to the view as presented at each sign-off of the year.
 */
@Controller
class PerformancePageController {

    private final ViewGateway views;

    PerformancePageController(ViewGateway views) {
        this.views = views;
    }

    @GetMapping("/boards/{code}/performance/{fy}")
    String performance(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestParam(required = false) String asOf,
            Model model) {
        AsOfParameter moment = AsOfParameter.optional("asOf", asOf);
        PerformancePageView page = views.fetch(
                new FetchPerformancePageQuery(code, RequestParameters.financialYear(fy), moment),
                PerformancePageView.class);
        model.addAttribute("view", page.performance());
        model.addAttribute("moment", MomentCaption.of(page.moment()));
        model.addAttribute("asOf", page.moment().asOf().isNow() ? null : asOf.trim());
        model.addAttribute("signOffs", page.signOffs());
        model.addAttribute("sections", page.sections());
        return "performance";
    }
}
