package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenCallersTest {

    private final TokenCallers callers = new TokenCallers(new LedgerSecurityProperties.Oidc(
            "preferred_username", "roles", "bcf_boards", "ledger", "https://idp.example"));

    @Test
    void takesNameRolesAndBoardsFromTheClaims() {
        Caller caller = Caller.of(callers.convert(token(Map.of(
                "sub",
                "f81d4fae",
                "preferred_username",
                "ann.smith",
                "roles",
                List.of("ANALYST", "viewer"),
                "bcf_boards",
                List.of("E09000006", "E09000003")))));

        assertThat(caller.name()).isEqualTo("ann.smith");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.VIEWER);
        assertThat(caller.scope()).isEqualTo(BoardScope.of(List.of("E09000006", "E09000003")));
    }

    @Test
    void ignoresRolesTheLedgerDoesNotKnow() {
        Caller caller = Caller.of(
                callers.convert(token(Map.of("sub", "x", "roles", List.of("SUPERUSER", "offline_access", "AUDITOR")))));

        assertThat(caller.roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void aTokenWithoutRoleOrBoardClaimsGivesNeither() {
        Caller caller = Caller.of(callers.convert(token(Map.of("sub", "x", "preferred_username", "bob"))));

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.scope().allBoards()).isFalse();
        assertThat(caller.scope().codes()).isEmpty();
    }

    @Test
    void namesTheCallerByTheSubjectWhenTheUsernameClaimIsMissing() {
        Caller caller = Caller.of(callers.convert(token(Map.of("sub", "f81d4fae", "roles", List.of("VIEWER")))));

        assertThat(caller.name()).isEqualTo("f81d4fae");
    }

    @Test
    void readsEveryBoardFromTheStar() {
        Caller caller = Caller.of(
                callers.convert(token(Map.of("sub", "x", "roles", List.of("AUDITOR"), "bcf_boards", List.of("*")))));

        assertThat(caller.scope().allBoards()).isTrue();
    }

    @Test
    void readsTheClaimsItIsConfiguredFor() {
        TokenCallers custom = new TokenCallers(
                new LedgerSecurityProperties.Oidc("email", "groups", "boards", "ledger", "https://idp.example"));

        Caller caller = Caller.of(custom.convert(token(Map.of(
                "sub",
                "x",
                "email",
                "ann@bromley.gov.uk",
                "groups",
                List.of("ANALYST"),
                "roles",
                List.of("ADMIN"),
                "boards",
                List.of("E09000006")))));

        assertThat(caller.name()).isEqualTo("ann@bromley.gov.uk");
        assertThat(caller.roles()).containsExactly(Role.ANALYST);
        assertThat(caller.scope().codes()).containsExactly("E09000006");
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .claims(all -> all.putAll(claims))
                .build();
    }
}
