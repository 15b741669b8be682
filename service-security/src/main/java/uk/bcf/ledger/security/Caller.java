package uk.bcf.ledger.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking: the authenticated principal's name (what every event records as its author), roles and board
 * scope, however the caller authenticated.
 *
 * @param name  the principal's name
 * @param roles what the caller may do
 * @param scope which boards' data the caller works with
 */
public record Caller(String name, Set<Role> roles, BoardScope scope) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller an authentication stands for: roles from {@code ROLE_} authorities, boards from {@code BOARD:} ones. */
    public static Caller of(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = authorities.stream()
                .filter(authority -> authority.startsWith("ROLE_"))
                .flatMap(authority -> Role.ofAuthority(authority).stream())
                .collect(Collectors.toSet());
        return new Caller(authentication.getName(), roles, BoardScope.ofAuthorities(authorities));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
