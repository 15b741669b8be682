package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** What a token must say besides its signature: issuer, audience, expiry, and roles as a list of known names. */
class TokenClaimsValidatorTest {

    private static final String ISSUER = "https://idp.example";
    private final TokenClaimsValidator validator = new TokenClaimsValidator(
            new LedgerSecurityProperties.Oidc("preferred_username", "roles", "bcf_boards", "bcf-ledger", ISSUER));

    @Test
    void acceptsATokenForThisServiceWithKnownRoles() {
        assertThat(validator.validate(token(Map.of())).hasErrors()).isFalse();
    }

    @Test
    void refusesATokenForAnotherAudienceOrWithoutOne() {
        assertThat(validator
                        .validate(token(Map.of("aud", List.of("another-app"))))
                        .hasErrors())
                .isTrue();
        assertThat(validator.validate(token(Map.of("aud", List.of()))).hasErrors())
                .isTrue();
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        assertThat(validator
                        .validate(token(Map.of("iss", "https://elsewhere.example")))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void refusesATokenThatNeverExpires() {
        Map<String, Object> claims = claims(Map.of());
        claims.remove("exp");
        Jwt token = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claims(all -> all.putAll(claims))
                .build();

        assertThat(validator.validate(token).hasErrors()).isTrue();
    }

    @Test
    void refusesRolesGivenAsAStringInLowerCaseOrUnknown() {
        assertThat(validator.validate(token(Map.of("roles", "VIEWER"))).hasErrors())
                .isTrue();
        assertThat(validator.validate(token(Map.of("roles", List.of("viewer")))).hasErrors())
                .isTrue();
        assertThat(validator
                        .validate(token(Map.of("roles", List.of("VIEWER", "SUPERUSER"))))
                        .hasErrors())
                .isTrue();
        assertThat(validator.validate(token(Map.of("bcf_boards", "E09000006"))).hasErrors())
                .isTrue();
    }

    @Test
    void refusesToStartWithoutAnAudience() {
        assertThatThrownBy(() -> new TokenClaimsValidator(
                        new LedgerSecurityProperties.Oidc("preferred_username", "roles", "bcf_boards", "", ISSUER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bcf.security.oidc.audience");
    }

    private static Jwt token(Map<String, Object> changes) {
        Map<String, Object> claims = claims(changes);
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claims(all -> all.putAll(claims))
                .build();
    }

    private static Map<String, Object> claims(Map<String, Object> changes) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "ann");
        claims.put("iss", ISSUER);
        claims.put("aud", List.of("bcf-ledger"));
        claims.put("exp", Instant.now().plusSeconds(300));
        claims.put("iat", Instant.now());
        claims.put("roles", List.of("VIEWER"));
        claims.put("bcf_boards", List.of("E09000006"));
        claims.putAll(changes);
        return claims;
    }
}
