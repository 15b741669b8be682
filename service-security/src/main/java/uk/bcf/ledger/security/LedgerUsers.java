package uk.bcf.ledger.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The users in the {@code access} schema: created with a bcrypt hash of their password, their roles and their board
 * scope; each change is one transaction.
 */
public class LedgerUsers {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;

    public LedgerUsers(JdbcClient jdbc, PasswordEncoder passwords, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Creates the user unless one of that name exists.
     *
     * @return whether the user was created
     */
    public boolean createIfAbsent(NewUser user, String createdBy) {
        UserPolicy.check(user);
        String hash = passwords.encode(user.password());
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int created = jdbc.sql("""
                            insert into access.app_user (username, password_hash, created_by) values (?, ?, ?)
                            on conflict (username) do nothing""")
                    .params(user.username(), hash, createdBy).update();
            if (created == 0) {
                return false;
            }
            writeRoles(user.username(), user.roles());
            writeScope(user.username(), user.scope());
            return true;
        }));
    }

    /** Replaces a user's board scope; {@code false} when there is no such user. */
    public boolean replaceScope(String username, BoardScope scope) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (find(username).isEmpty()) {
                return false;
            }
            jdbc.sql("delete from access.user_board where username = ?").param(username).update();
            writeScope(username, scope);
            return true;
        }));
    }

    /**
     * The user of that name, if any. The user's row is read to the end before its roles and boards are: reading them
     * from inside the row mapper would hold one pooled connection while asking for another, and enough simultaneous
     * sign-ins would then exhaust the pool and wait on each other.
     */
    public Optional<StoredUser> find(String username) {
        return jdbc.sql("select username, password_hash, enabled from access.app_user where username = ?")
                .param(username)
                .query((row, index) -> new StoredUser(row.getString("username"), row.getString("password_hash"),
                        row.getBoolean("enabled"), Set.of(), BoardScope.of(Set.of())))
                .optional()
                .map(user -> new StoredUser(user.username(), user.passwordHash(), user.enabled(), rolesOf(username),
                        scopeOf(username)));
    }

    public List<StoredUser> all() {
        return jdbc.sql("select username from access.app_user order by username").query(String.class).list().stream()
                .flatMap(username -> find(username).stream()).toList();
    }

    private Set<Role> rolesOf(String username) {
        return new TreeSet<>(jdbc.sql("select role from access.user_role where username = ?").param(username)
                .query((row, index) -> Role.valueOf(row.getString("role"))).list());
    }

    private BoardScope scopeOf(String username) {
        return BoardScope.of(jdbc.sql("select board_code from access.user_board where username = ?").param(username)
                .query(String.class).list());
    }

    private void writeRoles(String username, Set<Role> roles) {
        roles.forEach(role -> jdbc.sql("insert into access.user_role (username, role) values (?, ?)")
                .params(username, role.name()).update());
    }

    private void writeScope(String username, BoardScope scope) {
        Set<String> entries = scope.allBoards() ? Set.of(BoardScope.ALL_BOARDS) : scope.codes();
        entries.forEach(code -> jdbc.sql("insert into access.user_board (username, board_code) values (?, ?)")
                .params(username, code).update());
    }
}
