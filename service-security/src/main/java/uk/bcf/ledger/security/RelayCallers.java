package uk.bcf.ledger.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified relay token ({@link RelayTokens}) into the caller it stands for, from the user's record as it is
 * now: roles and boards are read afresh, and a user since disabled, removed or changed (a security stamp other than
 * the one the browser session signed in with) is refused with 401, as the session itself would be.
 */
public class RelayCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final LedgerUsers users;

    public RelayCallers(LedgerUsers users) {
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        StoredUser user = users.find(token.getSubject()).orElseThrow(() -> new BadCredentialsException("no such user"));
        if (!user.enabled()) {
            throw new DisabledException("the user is disabled");
        }
        Object stamp = token.getClaims().get(RelayTokens.STAMP);
        if (!(stamp instanceof Number number) || number.longValue() != user.stamp()) {
            throw new BadCredentialsException("the user has changed since the session signed in");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        user.scope().authorities().forEach(authority -> authorities.add(new SimpleGrantedAuthority(authority)));
        return new JwtAuthenticationToken(token, authorities, user.username());
    }
}
