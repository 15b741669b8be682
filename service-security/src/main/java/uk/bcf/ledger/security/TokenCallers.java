package uk.bcf.ledger.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns an identity provider's token into a caller: the name from the username claim (the subject when absent),
 * roles and boards from their list claims, as configured under {@code bcf.security.oidc}. The claims' shape was
 * checked by {@link TokenClaimsValidator} before (a token naming a role the ledger does not know is refused).
 */
public class TokenCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final LedgerSecurityProperties.Oidc claims;

    public TokenCallers(LedgerSecurityProperties.Oidc claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        listClaim(token, claims.rolesClaim())
                .forEach(name -> Role.ofAuthority(name)
                        .ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority()))));
        BoardScope.of(listClaim(token, claims.boardsClaim()))
                .authorities()
                .forEach(authority -> authorities.add(new SimpleGrantedAuthority(authority)));
        String name = token.hasClaim(claims.usernameClaim())
                ? token.getClaimAsString(claims.usernameClaim())
                : token.getSubject();
        return new JwtAuthenticationToken(token, authorities, name);
    }

    private static List<String> listClaim(Jwt token, String claim) {
        List<String> values = token.hasClaim(claim) ? token.getClaimAsStringList(claim) : null;
        return values == null ? List.of() : values;
    }
}
