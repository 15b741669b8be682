package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.bcf.ledger.security.audit.AccessAudit;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.security.audit.AuditEntry;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;
import uk.bcf.ledger.testsupport.TestDatabase;

/**
 * The users in the {@code access} schema of a real PostgreSQL database. The users are read and written through a
 * pool of a single connection, so a lookup that needed a second connection while holding the first would starve.
 */
class LedgerUsersIT {

    private static final LedgerPasswordEncoder PASSWORDS = new LedgerPasswordEncoder(4);
    private static final Actor ADMIN = new Actor("test-admin", "192.0.2.1");
    private static final String BROMLEY = "E09000006";

    private static DataSource migrations;
    private static HikariDataSource dataSource;
    private static LedgerUsers users;
    private static JdbcClient jdbc;

    @BeforeAll
    static void migrateTheAccessSchema() {
        TestDatabase database = TestDatabase.create();
        migrations = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        new AccessSchema(migrations).afterPropertiesSet();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(1);
        dataSource.setConnectionTimeout(2_000);
        jdbc = JdbcClient.create(dataSource);
        users = ledgerUsers(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void migratingAgainChangesNothing() {
        long before = jdbc.sql("select count(*) from access.flyway_schema_history")
                .query(Long.class)
                .single();

        new AccessSchema(migrations).afterPropertiesSet();

        assertThat(jdbc.sql("select count(*) from access.flyway_schema_history")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'access'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void storesABcryptHashOfThePasswordAndNeverThePassword() {
        String password = "green gables house";

        assertThat(users.createIfAbsent(
                        new NewUser("ann", password, Set.of(Role.ANALYST), BoardScope.of(List.of(BROMLEY))),
                        "test-admin"))
                .isTrue();

        StoredUser ann = users.find("ann").orElseThrow();
        assertThat(ann.passwordHash()).startsWith("{bcrypt-hmac-sha256}$2a$").doesNotContain(password);
        assertThat(PASSWORDS.matches(password, ann.passwordHash())).isTrue();
        assertThat(ann.enabled()).isTrue();
        assertThat(ann.roles()).containsExactly(Role.ANALYST);
        assertThat(ann.scope()).isEqualTo(BoardScope.of(List.of(BROMLEY)));
        assertThat(jdbc.sql("select count(*) from access.app_user u where u::text like ?")
                        .param("%" + password + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select created_by from access.app_user where username = 'ann'")
                        .query(String.class)
                        .single())
                .isEqualTo("test-admin");
    }

    @Test
    void createsAUserOnlyOnce() {
        NewUser first = new NewUser("bob", "robert the builder", Set.of(Role.VIEWER), BoardScope.of(List.of(BROMLEY)));
        NewUser again = new NewUser(
                "bob", "another passphrase here", Set.of(Role.ADMIN, Role.AUDITOR), BoardScope.of(List.of("*")));

        assertThat(users.createIfAbsent(first, "test")).isTrue();
        String hash = users.find("bob").orElseThrow().passwordHash();
        assertThat(users.createIfAbsent(again, "test")).isFalse();

        StoredUser bob = users.find("bob").orElseThrow();
        assertThat(bob.passwordHash()).isEqualTo(hash);
        assertThat(bob.roles()).containsExactly(Role.VIEWER);
        assertThat(bob.scope()).isEqualTo(BoardScope.of(List.of(BROMLEY)));
    }

    @Test
    void replacesAUsersBoards() {
        users.createIfAbsent(
                new NewUser("cat", "the great empress", Set.of(Role.ANALYST), BoardScope.of(List.of(BROMLEY))), "test");

        assertThat(users.replaceScope("cat", BoardScope.of(List.of("E09000003", "E09000005")), ADMIN))
                .isTrue();
        assertThat(users.find("cat").orElseThrow().scope().codes()).containsExactlyInAnyOrder("E09000003", "E09000005");

        assertThat(users.replaceScope("cat", BoardScope.of(List.of("*")), ADMIN))
                .isTrue();
        assertThat(users.find("cat").orElseThrow().scope().allBoards()).isTrue();

        assertThat(users.replaceScope("cat", BoardScope.of(List.of()), ADMIN)).isTrue();
        assertThat(users.find("cat").orElseThrow().scope()).isEqualTo(BoardScope.of(List.of()));
    }

    @Test
    void replacingTheBoardsOfNobodyChangesNothing() {
        assertThat(users.replaceScope("nobody", BoardScope.of(List.of(BROMLEY)), ADMIN))
                .isFalse();
        assertThat(jdbc.sql("select count(*) from access.user_board where username = 'nobody'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void findsNoUserThatDoesNotExist() {
        assertThat(users.find("nobody")).isEmpty();
    }

    @Test
    void refusesAUserThePolicyRefusesAndStoresNothing() {
        NewUser weak = new NewUser("dan", "short", Set.of(Role.VIEWER), BoardScope.of(List.of(BROMLEY)));

        assertThatThrownBy(() -> users.createIfAbsent(weak, "test"))
                .isInstanceOfSatisfying(
                        Refusal.class, refused -> assertThat(refused.kind()).isEqualTo(RefusalKind.INVALID));
        assertThat(users.find("dan")).isEmpty();
    }

    @Test
    void listsEveryUserByName() {
        users.createIfAbsent(
                new NewUser("zed", "zebra crossing road", Set.of(Role.MONITOR), BoardScope.of(List.of())), "test");
        users.createIfAbsent(
                new NewUser("amy", "amelia flies away", Set.of(Role.AUDITOR), BoardScope.of(List.of())), "test");

        List<String> names = users.all().stream().map(StoredUser::username).toList();

        assertThat(names).contains("amy", "zed").isSorted();
    }

    @Test
    void aNameDifferingOnlyInCaseIsTakenAndRefusedByTheDatabaseToo() {
        assertThat(users.createIfAbsent(user("sec-admin"), ADMIN)).isTrue();

        assertThat(users.createIfAbsent(user("Sec-Admin"), ADMIN)).isFalse();
        assertThat(users.find("Sec-Admin")).isEmpty();
        assertThatThrownBy(() -> jdbc.sql("insert into access.app_user (username, password_hash, created_by) "
                                + "values ('SEC-ADMIN', 'x', 'test')")
                        .update())
                .rootCause()
                .hasMessageContaining("app_user_username_any_case");
    }

    @Test
    void everyChangeBumpsTheStampAndADisabledUserHasNone() {
        users.createIfAbsent(user("eve"), ADMIN);
        long created = users.stamp("eve").orElseThrow();

        users.replaceRoles("eve", Set.of(Role.AUDITOR), ADMIN);
        long afterRoles = users.stamp("eve").orElseThrow();
        users.replaceScope("eve", BoardScope.of(List.of("*")), ADMIN);
        long afterBoards = users.stamp("eve").orElseThrow();
        users.setPassword("eve", "a brand new passphrase", ADMIN);
        long afterPassword = users.stamp("eve").orElseThrow();
        users.setEnabled("eve", false, ADMIN);

        assertThat(List.of(created, afterRoles, afterBoards, afterPassword)).doesNotHaveDuplicates();
        assertThat(users.stamp("eve")).isEmpty();
        assertThat(users.find("eve").orElseThrow().enabled()).isFalse();
        assertThat(users.hasPassword("eve", "a brand new passphrase")).isTrue();
        users.setEnabled("eve", true, ADMIN);
        assertThat(users.stamp("eve")).isPresent();
        assertThat(users.stamp("nobody")).isEmpty();
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatAndWhereButNeverThePassword() {
        users.createIfAbsent(user("fay"), ADMIN);
        users.replaceRoles("fay", Set.of(Role.ANALYST, Role.VIEWER), ADMIN);
        users.setPassword("fay", "the secret passphrase", ADMIN);
        users.setEnabled("fay", false, ADMIN);

        List<AuditEntry> trail = new AccessAudit(jdbc)
                .since(Instant.EPOCH, 100).stream()
                        .filter(entry -> "fay".equals(entry.subject()))
                        .toList();

        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsExactly("user-disabled", "password-reset", "user-roles-changed", "user-created");
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("test-admin");
            assertThat(entry.clientAddress()).isEqualTo("192.0.2.1");
        });
        assertThat(trail.get(2).detail()).isEqualTo("roles [VIEWER] -> [ANALYST,VIEWER]");
        assertThat(trail.toString()).doesNotContain("the secret passphrase");
    }

    @Test
    void theAuditTrailRefusesUpdatesDeletesAndTruncation() {
        users.createIfAbsent(user("gus"), ADMIN);

        assertThatThrownBy(() -> jdbc.sql("update access.audit_entry set actor = 'nobody'")
                        .update())
                .rootCause()
                .hasMessageContaining("insert-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access.audit_entry").update())
                .rootCause()
                .hasMessageContaining("insert-only");
        assertThatThrownBy(() -> jdbc.sql("truncate access.audit_entry").update())
                .rootCause()
                .hasMessageContaining("insert-only");
        assertThat(jdbc.sql("select count(*) from access.audit_entry where subject = 'gus'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void namesThatClashedInCaseBeforeAreRenamedAndDisabledByTheMigration() {
        TestDatabase database = TestDatabase.create();
        DataSource old = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
        Flyway.configure()
                .dataSource(old)
                .schemas("access")
                .locations("classpath:db/access")
                .target("1")
                .load()
                .migrate();
        JdbcClient before = JdbcClient.create(old);
        before.sql("insert into access.app_user (username, password_hash, created_by, created_at) values "
                        + "('sec-admin', 'x', 'test', '2026-01-01T00:00Z'), "
                        + "('Sec-Admin', 'y', 'test', '2026-02-01T00:00Z')")
                .update();
        before.sql("insert into access.user_role (username, role) values ('Sec-Admin', 'ADMIN')")
                .update();

        new AccessSchema(old).afterPropertiesSet();

        assertThat(before.sql("select username || ':' || enabled from access.app_user order by username")
                        .query(String.class)
                        .list())
                .containsExactly("Sec-Admin#2:false", "sec-admin:true");
        assertThat(before.sql("select username from access.user_role")
                        .query(String.class)
                        .list())
                .containsExactly("Sec-Admin#2");
        assertThat(before.sql("select action from access.audit_entry")
                        .query(String.class)
                        .list())
                .containsExactly("user-renamed");
    }

    private static NewUser user(String name) {
        return new NewUser(name, "a long enough passphrase", Set.of(Role.VIEWER), BoardScope.of(List.of(BROMLEY)));
    }

    private static LedgerUsers ledgerUsers(DataSource dataSource) {
        return new LedgerUsers(JdbcClient.create(dataSource), PASSWORDS, new DataSourceTransactionManager(dataSource));
    }
}
