package uk.bcf.ledger.command.access;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.StoredUser;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Administrators manage users: create one with a password, roles and boards; change a user's boards or roles;
 * disable and enable a user; reset a user's password; list users (never their password hashes). Users are never
 * deleted, so a disabled user's name stays the author of what it wrote. Every change is recorded in the access audit
 * trail and takes effect at the user's next request. Only {@code ADMIN} reaches these paths.
 */
@RestController
class UserAdminController {

    private static final String USERS = "/api/admin/users";

    /** A user as the API shows it. */
    record UserResponse(String username, boolean enabled, List<String> roles, List<String> boards) {

        static UserResponse of(StoredUser user) {
            List<String> boards = user.scope().allBoards()
                    ? List.of("*")
                    : user.scope().codes().stream().sorted().toList();
            return new UserResponse(
                    user.username(),
                    user.enabled(),
                    user.roles().stream().map(Enum::name).sorted().toList(),
                    boards);
        }
    }

    /** The body of {@code PUT /api/admin/users/{username}/boards}. */
    record BoardsRequest(List<String> boards) {}

    /** The body of {@code PUT /api/admin/users/{username}/roles}. */
    record RolesRequest(List<String> roles) {}

    /** The body of {@code PUT /api/admin/users/{username}/enabled}. */
    record EnabledRequest(Boolean enabled) {}

    /** The body of {@code PUT /api/admin/users/{username}/password}: the new password, never shown again. */
    record PasswordRequest(String password) {

        @Override
        public String toString() {
            return "PasswordRequest[password=…]";
        }
    }

    private final LedgerUsers users;

    UserAdminController(LedgerUsers users) {
        this.users = users;
    }

    @GetMapping(USERS)
    List<UserResponse> users() {
        return users.all().stream().map(UserResponse::of).toList();
    }

    @PostMapping(USERS)
    ResponseEntity<UserResponse> create(@RequestBody UserRequest body, HttpServletRequest request) {
        if (!users.createIfAbsent(body.toNewUser(), Actor.of(request))) {
            throw Refusal.conflict("username", "a user named '" + body.username() + "' already exists");
        }
        return ResponseEntity.created(URI.create(USERS + "/" + body.username())).body(view(body.username()));
    }

    @PutMapping(USERS + "/{username}/boards")
    UserResponse changeBoards(
            @PathVariable String username, @RequestBody BoardsRequest body, HttpServletRequest request) {
        if (body.boards() == null) {
            throw Refusal.invalid("boards", "is required: a list of board codes, or [\"*\"] for every board");
        }
        return found(username, users.replaceScope(username, UserRequest.scope(body.boards()), Actor.of(request)));
    }

    @PutMapping(USERS + "/{username}/roles")
    UserResponse changeRoles(
            @PathVariable String username, @RequestBody RolesRequest body, HttpServletRequest request) {
        if (body.roles() == null) {
            throw Refusal.invalid("roles", "is required: a list of ADMIN, ANALYST, VIEWER, AUDITOR or MONITOR");
        }
        return found(username, users.replaceRoles(username, UserRequest.roles(body.roles()), Actor.of(request)));
    }

    /** Disables a user (refused at its next request, over HTTP Basic and in a browser session alike) or enables it. */
    @PutMapping(USERS + "/{username}/enabled")
    UserResponse changeEnabled(
            @PathVariable String username, @RequestBody EnabledRequest body, HttpServletRequest request) {
        if (body.enabled() == null) {
            throw Refusal.invalid("enabled", "is required: true or false");
        }
        Actor actor = Actor.of(request);
        if (!body.enabled() && username.equals(actor.name())) {
            throw Refusal.invalid("enabled", "an administrator cannot disable itself; ask another administrator");
        }
        return found(username, users.setEnabled(username, body.enabled(), actor));
    }

    /** Sets a new password for a user who lost theirs (checked by the password policy). */
    @PutMapping(USERS + "/{username}/password")
    UserResponse resetPassword(
            @PathVariable String username, @RequestBody PasswordRequest body, HttpServletRequest request) {
        return found(username, users.setPassword(username, body.password(), Actor.of(request)));
    }

    private UserResponse found(String username, boolean changed) {
        if (!changed) {
            throw Refusal.notFound("username", "there is no user named '" + username + "'");
        }
        return view(username);
    }

    private UserResponse view(String username) {
        return users.find(username).map(UserResponse::of).orElseThrow();
    }
}
