package uk.bcf.ledger.query.pages;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.security.Caller;

/** The start page, the board picker: the boards the caller may see with the financial years each has figures for. */
@Controller
class IndexPageController {

    private final ViewGateway views;

    IndexPageController(ViewGateway views) {
        this.views = views;
    }

    @GetMapping("/")
    String index(Model model, Authentication caller) {
        model.addAttribute("index", views.fetch(new FetchBoardIndexQuery(Caller.of(caller)), BoardIndexView.class));
        return "index";
    }
}
