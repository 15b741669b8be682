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
import uk.bcf.ledger.command.http.RequestAuthor;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.StoredUser;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Administrators manage users: create one with a password, roles and boards, change a user's boards, list users
 * (never their password hashes). Only {@code ADMIN} reaches these paths.
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
        if (!users.createIfAbsent(body.toNewUser(), RequestAuthor.of(request))) {
            throw Refusal.conflict("username", "a user named '" + body.username() + "' already exists");
        }
        return ResponseEntity.created(URI.create(USERS + "/" + body.username())).body(view(body.username()));
    }

    @PutMapping(USERS + "/{username}/boards")
    UserResponse changeBoards(@PathVariable String username, @RequestBody BoardsRequest body) {
        if (body.boards() == null) {
            throw Refusal.invalid("boards", "is required: a list of board codes, or [\"*\"] for every board");
        }
        if (!users.replaceScope(username, UserRequest.scope(body.boards()))) {
            throw Refusal.notFound("username", "there is no user named '" + username + "'");
        }
        return view(username);
    }

    private UserResponse view(String username) {
        return users.find(username).map(UserResponse::of).orElseThrow();
    }
}
