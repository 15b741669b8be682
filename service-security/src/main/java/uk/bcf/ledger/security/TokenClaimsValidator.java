package uk.bcf.ledger.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What an identity provider's token must say before the ledger believes it, besides its signature and time stamps
 * (which Spring checks): it was issued by the configured issuer ({@code iss}) for this service ({@code aud} contains
 * {@code bcf.security.oidc.audience}), it expires ({@code exp} present: a token without an end is refused), and its
 * roles claim, when present, is a list of role names the ledger knows, written exactly ({@code ["VIEWER"]}; a
 * string, a lower-case or an unknown role is refused rather than ignored), as its boards claim is a list. A token
 * that fails is answered 401 like any invalid token. Boot adds this validator to the JWT decoder it configures.
 */
public class TokenClaimsValidator implements OAuth2TokenValidator<Jwt> {

    private static final Set<String> ROLE_NAMES =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

    private final LedgerSecurityProperties.Oidc claims;

    public TokenClaimsValidator(LedgerSecurityProperties.Oidc claims) {
        if (claims.audience().isBlank() || claims.issuer().isBlank()) {
            throw new IllegalStateException("OIDC mode needs bcf.security.oidc.audience (the audience tokens are "
                    + "issued for, e.g. this service's client id) and bcf.security.oidc.issuer (or "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri)");
        }
        this.claims = claims;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> problems = new ArrayList<>();
        if (token.getExpiresAt() == null) {
            problems.add("the token has no expiry (exp)");
        }
        if (token.getIssuer() == null
                || !claims.issuer().equals(token.getIssuer().toString())) {
            problems.add("the token was not issued by the configured issuer");
        }
        if (token.getAudience() == null || !token.getAudience().contains(claims.audience())) {
            problems.add("the token was not issued for this service (aud)");
        }
        Object roles = token.getClaims().get(claims.rolesClaim());
        if (roles != null
                && !(roles instanceof Collection<?> list && list.stream().allMatch(ROLE_NAMES::contains))) {
            problems.add("the roles claim must be a list of ADMIN, ANALYST, VIEWER, AUDITOR or MONITOR");
        }
        Object boards = token.getClaims().get(claims.boardsClaim());
        if (boards != null
                && !(boards instanceof Collection<?> list && list.stream().allMatch(String.class::isInstance))) {
            problems.add("the boards claim must be a list of board codes");
        }
        return problems.isEmpty()
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(problems.stream()
                        .map(problem -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, problem, null))
                        .toList());
    }
}
