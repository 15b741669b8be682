package uk.bcf.ledger.query.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.query.relay.CommandRelay;
import uk.bcf.ledger.query.relay.RelayedWrite;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Any signed-in user changes their own password (the command service's password policy applies). The change ends
 * every session of the user, this one included, so the user signs in again with the new password.
 */
@Controller
class OwnPasswordPageController {

    private final CommandRelay relay;

    OwnPasswordPageController(CommandRelay relay) {
        this.relay = relay;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("errors", new ErrorSummary());
        return "password";
    }

    @PostMapping("/account/password")
    String change(
            @RequestParam Map<String, String> form, Authentication caller, HttpServletRequest request, Model model) {
        try {
            relay.send(
                    RelayedWrite.put(
                            "/api/me/password",
                            Map.of(
                                    "currentPassword", form.getOrDefault("currentPassword", ""),
                                    "newPassword", form.getOrDefault("newPassword", "")),
                            null),
                    caller,
                    request);
            return "redirect:/login?passwordChanged";
        } catch (Refusal refusal) {
            ErrorSummary errors = FigureFormController.errorsOrThrow(refusal, "currentPassword");
            if (errors.of("password") != null) {
                errors = new ErrorSummary().add("newPassword", "The new password " + refusal.reason());
            }
            model.addAttribute("errors", errors);
            return "password";
        }
    }
}
