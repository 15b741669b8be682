package uk.bcf.ledger.query.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
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
import uk.bcf.ledger.query.relay.CommandRelay;
import uk.bcf.ledger.query.relay.RelayedWrite;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * User administration for administrators: the users with their roles, boards and state; create a user; change a
 * user's roles or boards; disable or enable them; reset their password. Every change is the command service's (its
 * password policy, its audit trail) and takes effect at the user's next request.
 */
@Controller
class UserAdminPageController {

    private static final String USERS = "/api/admin/users";

    private final CommandRelay relay;

    UserAdminPageController(CommandRelay relay) {
        this.relay = relay;
    }

    @GetMapping("/admin/users")
    String users(Authentication caller, HttpServletRequest request, Model model) {
        return list(Map.of(), new ErrorSummary(), caller, request, model);
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> roles,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        try {
            relay.send(
                    RelayedWrite.post(
                            USERS,
                            RelayedWrite.fields(
                                    "username", form.get("username"),
                                    "password", form.get("password"),
                                    "roles", roles == null ? List.of() : roles,
                                    "boards", boards(form.get("boards")))),
                    caller,
                    request);
            return "redirect:/admin/users/"
                    + UriUtils.encodePathSegment(form.get("username").strip(), "UTF-8");
        } catch (Refusal refusal) {
            ErrorSummary errors = refusal.kind() == RefusalKind.CONFLICT
                    ? new ErrorSummary().add("username", "A user with this name already exists")
                    : FigureFormController.errorsOrThrow(refusal, "username");
            return list(form, errors, caller, request, model);
        }
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Authentication caller, HttpServletRequest request, Model model) {
        return user(username, new ErrorSummary(), caller, request, model);
    }

    @PostMapping("/admin/users/{username}/{change}")
    String change(
            @PathVariable String username,
            @PathVariable String change,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> roles,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        String path = USERS + "/" + UriUtils.encodePathSegment(username, "UTF-8") + "/" + change;
        Map<String, Object> body = switch (change) {
            case "roles" -> RelayedWrite.fields("roles", roles == null ? List.of() : roles);
            case "boards" -> RelayedWrite.fields("boards", boards(form.get("boards")));
            case "enabled" -> RelayedWrite.fields("enabled", "true".equals(form.get("enabled")));
            case "password" -> RelayedWrite.fields("password", form.get("password"));
            default -> throw Refusal.notFound("change", "must be roles, boards, enabled or password");
        };
        try {
            relay.send(RelayedWrite.put(path, body, null), caller, request);
            return "redirect:/admin/users/" + UriUtils.encodePathSegment(username, "UTF-8") + "?changed=" + change;
        } catch (Refusal refusal) {
            return user(username, FigureFormController.errorsOrThrow(refusal, change), caller, request, model);
        }
    }

    private String list(
            Map<String, String> form,
            ErrorSummary errors,
            Authentication caller,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("users", relay.read(USERS, caller, request).items());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "users";
    }

    private String user(
            String username, ErrorSummary errors, Authentication caller, HttpServletRequest request, Model model) {
        Map<String, Object> user = relay.read(USERS, caller, request).items().stream()
                .filter(candidate -> username.equals(candidate.get("username")))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("username", "no user is named '" + username + "'"));
        model.addAttribute("account", user);
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        model.addAttribute("errors", errors);
        return "user";
    }

    /** Board codes as typed: separated by commas, spaces or lines. */
    private static List<String> boards(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+"))
                        .filter(code -> !code.isBlank())
                        .toList();
    }
}
