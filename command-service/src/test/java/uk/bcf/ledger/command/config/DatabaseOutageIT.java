package uk.bcf.ledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.command.CommandServiceApplication;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.testsupport.TcpProxy;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A command service whose database goes away (its connections through a proxy are cut and the port closed) answers
 * every request within seconds with 503, {@code Retry-After} and a problem, reports readiness DOWN within seconds,
 * and takes writes again once the database is back, without a restart.
 */
class DatabaseOutageIT {

    private static final Duration FAST = Duration.ofSeconds(5);
    private static final String BOARD = "E06000045";

    private static TcpProxy database;
    private static ConfigurableApplicationContext service;
    private static CommandHttp http;

    @BeforeAll
    static void startBehindAProxy() {
        AxonUpdateCheck.disableUnlessConfigured();
        TestDatabase shared = TestDatabase.shared();
        database = shared.proxy();
        service = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(
                        "--spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                        "--server.port=0",
                        "--spring.datasource.url=" + shared.jdbcUrlThrough(database),
                        "--spring.datasource.username=" + shared.username(),
                        "--spring.datasource.password=" + shared.password(),
                        "--bcf.security.admin.user=" + TestUser.ADMIN.name(),
                        "--bcf.security.admin.password=" + TestUser.ADMIN.password());
        service.getBean(LedgerUsers.class)
                .createIfAbsent(
                        new NewUser(
                                TestUser.OPERATOR.name(),
                                TestUser.OPERATOR.password(),
                                Set.of(Role.ADMIN, Role.ANALYST),
                                BoardScope.of(List.of(BoardScope.ALL_BOARDS))),
                        "test");
        http = new CommandHttp(
                ((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.restore();
        }
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anOutageIsAnsweredWith503WithinSecondsAndWritesResumeWithoutARestart() {
        assertThat(http.json("POST", "/api/boards", "{\"code\":\"" + BOARD + "\",\"name\":\"Outage\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(http.withAuthorization(null)
                        .get("/actuator/health/readiness")
                        .statusCode())
                .isEqualTo(200);

        database.cut();

        long started = System.nanoTime();
        HttpResponse<String> write = recordActual("2019-04");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
        assertThat(took).as("time to answer").isLessThan(FAST);
        assertThat(write.headers().firstValue("Retry-After")).isPresent();
        assertThat(write.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(write.body()).contains("urn:bcf-ledger:problem:unavailable");

        started = System.nanoTime();
        HttpResponse<String> readiness = http.withAuthorization(null).get("/actuator/health/readiness");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("readiness answered")
                .isLessThan(FAST);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);

        database.restore();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(recordActual("2019-05").statusCode()).isEqualTo(201));
        assertThat(http.withAuthorization(null)
                        .get("/actuator/health/readiness")
                        .statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<String> recordActual(String period) {
        return http.json(
                "POST",
                "/api/boards/" + BOARD + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"" + period + "\",\"value\":1500,\"source\":\"SUS\"}");
    }
}
