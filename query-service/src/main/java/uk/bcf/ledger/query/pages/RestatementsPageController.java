package uk.bcf.ledger.query.pages;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.ViewGateway;
import uk.bcf.ledger.query.projection.SignOffRow;
import uk.bcf.ledger.query.restatement.FetchRestatementsQuery;
import uk.bcf.ledger.query.restatement.RestatementsView;
import uk.bcf.ledger.query.signoff.FetchSignOffsQuery;
import uk.bcf.ledger.query.signoff.SignOffsView;

/**
 * The figures restated since a chosen sign-off: each figure known then that has changed since, the value then and
 * now side by side, who changed it and why, each linked to its history.
 */
@Controller
class RestatementsPageController {

    private final ViewGateway views;

    RestatementsPageController(ViewGateway views) {
        this.views = views;
    }

    @GetMapping("/boards/{code}/restatements")
    String restatements(@PathVariable String code, @RequestParam(required = false) String signOff, Model model) {
        List<SignOffRow> signOffs = views.fetch(new FetchSignOffsQuery(code, AsOfParameter.NOW), SignOffsView.class)
                .signOffs();
        String chosen = signOff != null && !signOff.isBlank()
                ? signOff.strip()
                : signOffs.isEmpty()
                        ? null
                        : signOffs.get(signOffs.size() - 1).period().code();
        model.addAttribute("board", code);
        model.addAttribute("signOffs", signOffs);
        model.addAttribute("signOff", chosen);
        model.addAttribute(
                "view",
                chosen == null
                        ? null
                        : views.fetch(
                                new FetchRestatementsQuery(
                                        code,
                                        AsOfParameter.optional("since", AsOfParameter.SIGN_OFF_PREFIX + chosen),
                                        AsOfParameter.NOW),
                                RestatementsView.class));
        return "restatements";
    }
}
