package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.command.CommandServiceApplication;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.security.StoredUser;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The service will not run with nobody able to administer it: without {@code BCF_ADMIN_USER} and
 * {@code BCF_ADMIN_PASSWORD} (or with a guessable password) it refuses to start, unless the demo profile is active,
 * which creates its own, clearly named users. Each start gets a database of its own.
 */
class AdministratorStartupIT {

    @BeforeAll
    static void switchOffAxonsUpdateCheck() {
        AxonUpdateCheck.disableUnlessConfigured();
    }

    @Test
    void withoutAnAdministratorTheServiceRefusesToStartNamingTheSettings() {
        assertThatThrownBy(() -> start(
                                TestDatabase.create(), "--bcf.security.admin.user=", "--bcf.security.admin.password=")
                        .close())
                .rootCause()
                .hasMessageContaining("BCF_ADMIN_USER")
                .hasMessageContaining("BCF_ADMIN_PASSWORD");
    }

    @Test
    void anAdministratorWithAGuessablePasswordIsRefusedToo() {
        assertThatThrownBy(() -> start(
                                TestDatabase.create(),
                                "--bcf.security.admin.user=admin",
                                "--bcf.security.admin.password=admin")
                        .close())
                .rootCause()
                .hasMessageContaining("password")
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void theDemoProfileStartsWithoutAnAdministratorAndCreatesItsDemoUsers() {
        try (ConfigurableApplicationContext service = start(
                TestDatabase.create(),
                "--spring.profiles.active=demo",
                "--bcf.security.admin.user=",
                "--bcf.security.admin.password=")) {
            LedgerUsers users = service.getBean(LedgerUsers.class);

            assertThat(users.all())
                    .extracting(StoredUser::username)
                    .containsExactlyInAnyOrder(
                            "demo-admin", "demo-analyst", "demo-viewer", "demo-auditor", "demo-analyst-barnet");
            StoredUser analyst = users.find("demo-analyst").orElseThrow();
            assertThat(analyst.roles()).containsExactly(Role.ANALYST);
            assertThat(analyst.scope().codes()).containsExactly("E09000006");
            assertThat(users.find("demo-admin").orElseThrow().roles()).contains(Role.ADMIN);
            int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            assertThat(new CommandHttp(port)
                            .as(new TestUser("demo-admin", "admin-demo-password"))
                            .get("/api/admin/users")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase database, String... arguments) {
        List<String> settings = new ArrayList<>(List.of(
                "--spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        settings.addAll(List.of(arguments));
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(settings.toArray(String[]::new));
    }
}
