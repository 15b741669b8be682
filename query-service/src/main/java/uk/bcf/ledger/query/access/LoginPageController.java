package uk.bcf.ledger.query.access;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form for browsers (password sign-in only); Spring Security handles its submission and sign-out. */
@Controller
class LoginPageController {

    @GetMapping(QuerySecurityConfiguration.LOGIN_PAGE)
    String login() {
        return "login";
    }
}
