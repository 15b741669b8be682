package uk.bcf.ledger.command.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bcf.ledger.command.board.BoardCodes;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The body of {@code POST /api/admin/users}: a user with a password, roles and board codes ({@code "*"} for every
 * board).
 */
record UserRequest(String username, String password, List<String> roles, List<String> boards) {

    NewUser toNewUser() {
        return new NewUser(username, password, roles(roles), scope(boards));
    }

    static Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        return names.stream()
                .map(name -> Role.ofAuthority(name == null ? "" : name)
                        .orElseThrow(() -> Refusal.invalid(
                                "roles", "'" + name + "' is not one of ADMIN, ANALYST, VIEWER, AUDITOR, MONITOR")))
                .collect(Collectors.toSet());
    }

    static BoardScope scope(List<String> codes) {
        if (codes == null) {
            return BoardScope.of(List.of());
        }
        codes.forEach(code -> {
            if (!BoardScope.ALL_BOARDS.equals(code) && !BoardCodes.isOnsCode(code)) {
                throw Refusal.invalid("boards", "'" + code + "' is neither a board code such as E09000006 nor *");
            }
        });
        return BoardScope.of(codes);
    }

    @Override
    public String toString() {
        return "UserRequest[username=" + username + ", roles=" + roles + ", boards=" + boards + "]";
    }
}
