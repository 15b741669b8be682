package uk.bcf.ledger.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.security.audit.AccessAudit;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.security.audit.AuditAction;

/**
 * The users in the {@code access} schema: created with a bcrypt hash of their password, their roles and their board
 * scope; disabled and enabled again, their password reset or changed, their roles and boards replaced. Each change is
 * one transaction with its audit entry, and bumps the user's {@code security_version}, the stamp both services read
 * on every request ({@link #stamp}) so that no remembered sign-in or browser session outlives the change. User names
 * are unique whatever their case. Nothing is ever deleted: a user's name stays the author of what they wrote.
 */
public class LedgerUsers {

    private static final String USERS = """
            select u.username, u.password_hash, u.enabled, u.security_version,
                array(select r.role from access.user_role r where r.username = u.username) as roles,
                array(select b.board_code from access.user_board b where b.username = u.username) as boards
            from access.app_user u""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final AccessAudit audit;

    public LedgerUsers(JdbcClient jdbc, PasswordEncoder passwords, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = new AccessAudit(jdbc);
    }

    /**
     * Creates the user unless one of that name, in any case, exists.
     *
     * @return whether the user was created
     */
    public boolean createIfAbsent(NewUser user, String createdBy) {
        return createIfAbsent(user, Actor.named(createdBy));
    }

    /** Creates the user unless one of that name, in any case, exists, recording who did it. */
    public boolean createIfAbsent(NewUser user, Actor actor) {
        UserPolicy.check(user);
        String hash = passwords.encode(user.password());
        return inTransaction(() -> {
            int created = jdbc.sql("""
                            insert into access.app_user (username, password_hash, created_by, changed_by)
                            values (?, ?, ?, ?) on conflict do nothing""")
                    .params(user.username(), hash, actor.name(), actor.name())
                    .update();
            if (created == 0) {
                return false;
            }
            writeRoles(user.username(), user.roles());
            writeScope(user.username(), user.scope());
            audit.record(
                    actor,
                    AuditAction.USER_CREATED,
                    user.username(),
                    "roles " + names(user.roles()) + ", boards " + boards(user.scope()));
            return true;
        });
    }

    /** Replaces a user's board scope; {@code false} when there is no such user. */
    public boolean replaceScope(String username, BoardScope scope, Actor actor) {
        return inTransaction(() -> {
            Optional<StoredUser> before = findForUpdate(username);
            if (before.isEmpty()) {
                return false;
            }
            jdbc.sql("delete from access.user_board where username = ?")
                    .param(username)
                    .update();
            writeScope(username, scope);
            changed(username, actor);
            audit.record(
                    actor,
                    AuditAction.USER_BOARDS_CHANGED,
                    username,
                    "boards " + boards(before.get().scope()) + " -> " + boards(scope));
            return true;
        });
    }

    /** Replaces a user's roles (at least one); {@code false} when there is no such user. */
    public boolean replaceRoles(String username, Set<Role> roles, Actor actor) {
        UserPolicy.checkRoles(roles);
        return inTransaction(() -> {
            Optional<StoredUser> before = findForUpdate(username);
            if (before.isEmpty()) {
                return false;
            }
            jdbc.sql("delete from access.user_role where username = ?")
                    .param(username)
                    .update();
            writeRoles(username, roles);
            changed(username, actor);
            audit.record(
                    actor,
                    AuditAction.USER_ROLES_CHANGED,
                    username,
                    "roles " + names(before.get().roles()) + " -> " + names(roles));
            return true;
        });
    }

    /** Disables or enables a user; {@code false} when there is no such user. */
    public boolean setEnabled(String username, boolean enabled, Actor actor) {
        return inTransaction(() -> {
            if (findForUpdate(username).isEmpty()) {
                return false;
            }
            jdbc.sql("update access.app_user set enabled = ? where username = ?")
                    .params(enabled, username)
                    .update();
            changed(username, actor);
            audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, username, null);
            return true;
        });
    }

    /**
     * Sets a user's password (an administrator's reset, or the user's own change once the current password has
     * been checked); {@code false} when there is no such user.
     *
     * @throws uk.bcf.ledger.shared.refusal.Refusal when the password policy refuses the password
     */
    public boolean setPassword(String username, String password, Actor actor) {
        PasswordPolicy.check(username, password);
        String hash = passwords.encode(password);
        return inTransaction(() -> {
            if (findForUpdate(username).isEmpty()) {
                return false;
            }
            jdbc.sql("update access.app_user set password_hash = ? where username = ?")
                    .params(hash, username)
                    .update();
            changed(username, actor);
            audit.record(
                    actor,
                    username.equals(actor.name()) ? AuditAction.PASSWORD_CHANGED : AuditAction.PASSWORD_RESET,
                    username,
                    null);
            return true;
        });
    }

    /** Whether the password is the user's current one (a bcrypt check; false for an unknown user). */
    public boolean hasPassword(String username, String password) {
        return find(username)
                .map(user -> passwords.matches(password, user.passwordHash()))
                .orElse(false);
    }

    /**
     * The user's security stamp: a number that changes with every change to the user, read on every request;
     * empty when the user does not exist or is disabled.
     */
    public OptionalLong stamp(String username) {
        return jdbc.sql("select security_version from access.app_user where username = ? and enabled")
                .param(username)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
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

    private Optional<StoredUser> findForUpdate(String username) {
        return jdbc.sql(USERS + " where u.username = ? for update of u")
                .param(username)
                .query(LedgerUsers::user)
                .optional();
    }

    private void changed(String username, Actor actor) {
        jdbc.sql("""
                        update access.app_user
                        set security_version = security_version + 1, changed_at = now(), changed_by = ?
                        where username = ?""").params(actor.name(), username).update();
    }

    private boolean inTransaction(Supplier<Boolean> change) {
        return Boolean.TRUE.equals(transactions.execute(status -> change.get()));
    }

    private static StoredUser user(ResultSet row, int index) throws SQLException {
        Set<Role> roles = new TreeSet<>();
        for (String role : (String[]) row.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role));
        }
        BoardScope scope =
                BoardScope.of(Arrays.asList((String[]) row.getArray("boards").getArray()));
        return new StoredUser(
                row.getString("username"),
                row.getString("password_hash"),
                row.getBoolean("enabled"),
                roles,
                scope,
                row.getLong("security_version"));
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

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "[", "]"));
    }

    private static String boards(BoardScope scope) {
        return scope.allBoards() ? "[*]" : scope.codes().stream().sorted().collect(Collectors.joining(",", "[", "]"));
    }
}
