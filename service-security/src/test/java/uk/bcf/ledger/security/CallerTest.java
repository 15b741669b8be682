package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class CallerTest {

    @Test
    void takesNameRolesAndBoardsFromTheAuthentication() {
        Caller caller = Caller.of(UsernamePasswordAuthenticationToken.authenticated(
                "ann",
                null,
                AuthorityUtils.createAuthorityList(
                        "ROLE_ANALYST", "ROLE_VIEWER", "BOARD:E09000006", "BOARD:E09000003")));

        assertThat(caller.name()).isEqualTo("ann");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.VIEWER);
        assertThat(caller.scope()).isEqualTo(BoardScope.of(List.of("E09000006", "E09000003")));
    }

    @Test
    void ignoresAuthoritiesThatAreNeitherKnownRolesNorBoards() {
        Caller caller = Caller.of(UsernamePasswordAuthenticationToken.authenticated(
                "bob",
                null,
                AuthorityUtils.createAuthorityList("ROLE_SUPERUSER", "ADMIN", "FACTOR_PASSWORD", "ROLE_AUDITOR")));

        assertThat(caller.roles()).containsExactly(Role.AUDITOR);
        assertThat(caller.scope().allBoards()).isFalse();
        assertThat(caller.scope().codes()).isEmpty();
    }

    @Test
    void carriesEveryBoardFromTheStarAuthority() {
        Caller caller = Caller.of(UsernamePasswordAuthenticationToken.authenticated(
                "nat", null, AuthorityUtils.createAuthorityList("ROLE_ANALYST", "BOARD:*")));

        assertThat(caller.scope().allBoards()).isTrue();
        assertThat(caller.has(Role.ANALYST)).isTrue();
        assertThat(caller.has(Role.ADMIN)).isFalse();
    }

    @Test
    void anAuthenticationWithoutAuthoritiesIsACallerWithoutRolesOrBoards() {
        Caller caller = Caller.of(UsernamePasswordAuthenticationToken.authenticated("eve", null, List.of()));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.scope()).isEqualTo(BoardScope.of(Set.of()));
    }
}
