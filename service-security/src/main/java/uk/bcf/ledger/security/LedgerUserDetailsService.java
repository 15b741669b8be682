package uk.bcf.ledger.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads a user for password sign-in, with its roles and board scope as authorities (see {@link Caller#of}) and its
 * security stamp ({@link LedgerUserDetails}).
 */
public class LedgerUserDetailsService implements UserDetailsService {

    private final LedgerUsers users;

    public LedgerUserDetailsService(LedgerUsers users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StoredUser user = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        user.scope().authorities().forEach(authority -> authorities.add(new SimpleGrantedAuthority(authority)));
        return new LedgerUserDetails(user.username(), user.passwordHash(), user.enabled(), authorities, user.stamp());
    }
}
