package uk.bcf.ledger.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
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

    private static final String USERS = """
            select u.username, u.password_hash, u.enabled,
                array(select r.role from access.user_role r where r.username = u.username) as roles,
                array(select b.board_code from access.user_board b where b.username = u.username) as boards
            from access.app_user u""";

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
                            on conflict (username) do nothing""").params(user.username(), hash, createdBy).update();
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
            jdbc.sql("delete from access.user_board where username = ?")
                    .param(username)
                    .update();
            writeScope(username, scope);
            return true;
        }));
    }

    /** The user of that name, if any, with roles and boards, read in one statement. */
    public Optional<StoredUser> find(String username) {
        return jdbc.sql(USERS + " where u.username = ?")
                .param(username)
                .query(LedgerUsers::user)
                .optional();
    }

    /** Every user, by name. */
    public List<StoredUser> all() {
        return jdbc.sql(USERS + " order by u.username").query(LedgerUsers::user).list();
    }

    private static StoredUser user(ResultSet row, int index) throws SQLException {
        Set<Role> roles = new TreeSet<>();
        for (String role : (String[]) row.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role));
        }
        BoardScope scope =
                BoardScope.of(Arrays.asList((String[]) row.getArray("boards").getArray()));
        return new StoredUser(
                row.getString("username"), row.getString("password_hash"), row.getBoolean("enabled"), roles, scope);
    }

    private void writeRoles(String username, Set<Role> roles) {
        roles.forEach(role -> jdbc.sql("insert into access.user_role (username, role) values (?, ?)")
                .params(username, role.name())
                .update());
    }

    private void writeScope(String username, BoardScope scope) {
        Set<String> entries = scope.allBoards() ? Set.of(BoardScope.ALL_BOARDS) : scope.codes();
        entries.forEach(code -> jdbc.sql("insert into access.user_board (username, board_code) values (?, ?)")
                .params(username, code)
                .update());
    }
}
