package uk.bcf.ledger.command.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * {@code PUT /api/me/password}: any signed-in user changes its own password, giving the current one (checked with
 * bcrypt) and a new one the password policy accepts; 204 once changed. The change is audited, and ends every
 * remembered sign-in and browser session of the user: the next request needs the new password.
 */
@RestController
class OwnPasswordController {

    /** The body: the current password and the new one, never shown again. */
    record PasswordChange(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[…]";
        }
    }

    private final LedgerUsers users;

    OwnPasswordController(LedgerUsers users) {
        this.users = users;
    }

    @PutMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@RequestBody PasswordChange body, HttpServletRequest request) {
        Actor me = Actor.of(request);
        if (body.currentPassword() == null || !users.hasPassword(me.name(), body.currentPassword())) {
            throw Refusal.invalid("currentPassword", "is not your current password");
        }
        if (body.newPassword() != null && body.newPassword().equals(body.currentPassword())) {
            throw Refusal.invalid("newPassword", "is your current password; choose a new one");
        }
        if (!users.setPassword(me.name(), body.newPassword(), me)) {
            throw Refusal.notFound(null, "your user is not in this service's user list (signed in with a token?)");
        }
    }
}
