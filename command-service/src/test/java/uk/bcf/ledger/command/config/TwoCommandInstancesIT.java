package uk.bcf.ledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.command.CommandServiceApplication;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Two command-service instances on one event store, each with its aggregate cache. Writes to one ledger that
 * alternate between them are all accepted: a ledger cached by one instance and since written by the other is
 * reloaded, not refused as a simultaneous change. A write that really is simultaneous (the second instance has
 * loaded the ledger and is about to append when the first appends) is still refused with 409. A metric amended
 * through one instance is enforced by the other on its very next command, with no wait.
 */
@CommandServiceTest
class TwoCommandInstancesIT {

    private static final String ALTERNATING = "E06000043";
    private static final String SIMULTANEOUS = "E06000044";
    private static final String AMENDED = "E06000046";
    private static final String METRIC = "TWO_INSTANCES_M";

    private static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startASecondInstance() {
        AxonUpdateCheck.disableUnlessConfigured();
        TestDatabase database = TestDatabase.shared();
        second = new SpringApplicationBuilder(CommandServiceApplication.class, HoldBeforeAppend.class)
                .run(
                        "--spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--bcf.security.admin.user=" + TestUser.ADMIN.name(),
                        "--bcf.security.admin.password=" + TestUser.ADMIN.password());
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void writesAlternatingBetweenTwoInstancesMeetNoFalseConflict() {
        register(ALTERNATING);
        List<Integer> statuses = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            CommandHttp instance = month % 2 == 0 ? first() : secondInstance();
            statuses.add(recordActual(instance, ALTERNATING, month).statusCode());
        }

        assertThat(statuses)
                .as("answers to 12 alternating writes to one ledger")
                .containsOnly(201);
    }

    @Test
    void aWriteThatIsReallySimultaneousIsStillRefused() throws Exception {
        register(SIMULTANEOUS);
        assertThat(recordActual(first(), SIMULTANEOUS, 0).statusCode()).isEqualTo(201);
        HoldBeforeAppend.hold(SIMULTANEOUS);

        CompletableFuture<HttpResponse<String>> held =
                CompletableFuture.supplyAsync(() -> recordActual(secondInstance(), SIMULTANEOUS, 1));
        assertThat(HoldBeforeAppend.loaded.await(30, TimeUnit.SECONDS))
                .as("the second instance has loaded the ledger")
                .isTrue();
        HttpResponse<String> meanwhile = recordActual(first(), SIMULTANEOUS, 2);
        HoldBeforeAppend.append.countDown();

        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(201);
        HttpResponse<String> refused = held.get(30, TimeUnit.SECONDS);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("concurrent-change");
    }

    @Test
    void aMetricAmendedThroughOneInstanceIsEnforcedByTheOtherOnItsNextCommand() {
        register(AMENDED);
        HttpResponse<String> defined =
                first().json("POST", "/api/metrics", definition("[\"MONTH\",\"YEAR\"]", "a local monthly count"));
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        HttpResponse<String> monthly = recordOwnMetric(secondInstance(), "2013-04");
        assertThat(monthly.statusCode()).as(monthly.body()).isEqualTo(201);

        HttpResponse<String> amended = first().json(
                        "PUT", "/api/metrics/" + METRIC, definition("[\"YEAR\"]", "published as a yearly figure only"));
        HttpResponse<String> next = recordOwnMetric(secondInstance(), "2013-05");

        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(next.statusCode()).as(next.body()).isEqualTo(400);
        assertThat(next.body()).contains("\"field\":\"period\"", "reported per year");
        HttpResponse<String> outturn = recordOwnMetric(secondInstance(), "2013-14");
        assertThat(outturn.statusCode()).as(outturn.body()).isEqualTo(201);
    }

    private static HttpResponse<String> recordOwnMetric(CommandHttp instance, String period) {
        return instance.json(
                "POST",
                "/api/boards/" + AMENDED + "/actuals",
                "{\"metric\":\"" + METRIC + "\",\"period\":\"" + period + "\",\"value\":12}");
    }

    private static String definition(String actualPeriods, String reason) {
        return "{\"code\":\"" + METRIC + "\",\"name\":\"Two-instance test metric\",\"unit\":\"people\","
                + "\"shape\":\"COUNT\",\"rollup\":\"SUM\",\"goodDirection\":\"LOWER_IS_BETTER\","
                + "\"actualPeriods\":" + actualPeriods + ",\"planPeriods\":[\"YEAR\"],\"displayDecimals\":0,"
                + "\"publicationLagMonths\":3,\"firstYear\":\"2013-14\",\"lastYear\":\"2013-14\","
                + "\"defaultSource\":\"Test\",\"definition\":\"A metric only this test uses\","
                + "\"reason\":\"" + reason + "\"}";
    }

    private void register(String board) {
        first().json("POST", "/api/boards", "{\"code\":\"" + board + "\",\"name\":\"Board " + board + "\"}");
    }

    private static HttpResponse<String> recordActual(CommandHttp instance, String board, int month) {
        String period = month < 9 ? "2019-%02d".formatted(month + 4) : "2020-%02d".formatted(month - 8);
        return instance.json(
                "POST",
                "/api/boards/" + board + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"" + period + "\",\"value\":" + (1500 + month)
                        + ",\"source\":\"SUS\"}");
    }

    private CommandHttp first() {
        return new CommandHttp(port);
    }

    private static CommandHttp secondInstance() {
        return new CommandHttp(
                ((WebServerApplicationContext) second).getWebServer().getPort());
    }

    /**
     * In the second instance: holds a write to the named board after its ledger was loaded and its event applied,
     * just before the event is appended, until the test lets it go on.
     */
    static class HoldBeforeAppend {

        static volatile String board;
        static final CountDownLatch loaded = new CountDownLatch(1);
        static final CountDownLatch append = new CountDownLatch(1);

        static void hold(String boardCode) {
            board = boardCode;
        }

        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> holdBeforeAppend() {
            return (UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof RecordActualCommand command
                        && command.boardCode().equals(board)) {
                    unitOfWork.onPrepareCommit(work -> {
                        loaded.countDown();
                        try {
                            append.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
                return chain.proceed();
            };
        }
    }
}
