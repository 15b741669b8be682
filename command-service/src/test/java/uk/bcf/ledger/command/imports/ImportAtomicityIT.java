package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;

/**
 * An import stores all its ledgers' events or none: when the last ledger fails while applying (after the others
 * have appended their events in their own units of work), not one event of the file is left in the event store.
 * Nor is any ledger kept in the aggregate cache with those events. The failure is injected by a command handler
 * interceptor of this test's context; another one sees that other appends to the event table are locked out while
 * the import applies.
 */
@CommandServiceTest
@Import(ImportAtomicityIT.FailingLastLedger.class)
class ImportAtomicityIT {

    private static final String BOARD = "E06000035";
    private static final String ANOTHER_BOARD = "E06000036";
    private static final String FAILING_LEDGER = BOARD + "/REABLEMENT_91/2019-20";
    private static final String FILE = ImportCsvTest.HEADER + "\r\n"
            + ",NEL,2019-04,actual,1580,,,,,,\r\n"
            + ",DTOC,2019-04,actual,410,,,,,,\r\n"
            + ",NEL,2019-05,actual,1600,,,,,,\r\n"
            + ",REABLEMENT_91,2019-20-Q1,actual,70/80,,,,,,\r\n";

    private static final AtomicBoolean APPENDS_LOCKED_OUT = new AtomicBoolean();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TestConfiguration
    static class FailingLastLedger {

        /** Notes, from a connection of its own, whether other appends to the event table are locked out while a ledger applies. */
        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> seeWhetherAppendsAreLockedOut(DataSource dataSource) {
            return (UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof ImportFiguresCommand command
                        && command.mode() == ImportMode.APPLY) {
                    APPENDS_LOCKED_OUT.set(JdbcClient.create(dataSource)
                            .sql("""
                                    select exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation
                                                   where l.database = (select oid from pg_database where datname = current_database())
                                                     and c.relname = 'domain_event_entry' and l.granted
                                                     and l.mode = 'ShareRowExclusiveLock')""")
                            .query(Boolean.class)
                            .single());
                }
                return chain.proceed();
            };
        }

        /** Fails the last ledger of the file, and only when it applies: its preview went through. */
        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> failWhenTheLastLedgerApplies() {
            return (UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) -> {
                if (unitOfWork.getMessage().getPayload() instanceof ImportFiguresCommand command
                        && command.mode() == ImportMode.APPLY
                        && command.metricYearId().equals(FAILING_LEDGER)) {
                    throw new IllegalStateException("the last ledger fails to apply");
                }
                return chain.proceed();
            };
        }
    }

    @BeforeEach
    void registerBoards() {
        new CommandHttp(port).json("POST", "/api/boards", "{\"code\":\"" + BOARD + "\",\"name\":\"Bedford\"}");
        new CommandHttp(port)
                .json("POST", "/api/boards", "{\"code\":\"" + ANOTHER_BOARD + "\",\"name\":\"Central Bedfordshire\"}");
    }

    @Test
    void aFailureInTheLastLedgerLeavesNoEventOfTheFile() {
        HttpResponse<String> failed = new CommandHttp(port).csv("/api/boards/" + BOARD + "/imports", FILE);

        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(500);
        assertThat(eventsOf(BOARD)).isZero();
        HttpResponse<String> recorded = new CommandHttp(port)
                .json(
                        "POST",
                        "/api/boards/" + BOARD + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":1580,\"source\":\"SUS\"}");
        assertThat(recorded.statusCode())
                .as("no ledger is kept loaded with the events the failed import rolled back: " + recorded.body())
                .isEqualTo(201);
    }

    @Test
    void theSameFileForABoardWhoseLedgersDoNotFailIsStoredWhole() {
        HttpResponse<String> applied = new CommandHttp(port).csv("/api/boards/" + ANOTHER_BOARD + "/imports", FILE);

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(eventsOf(ANOTHER_BOARD)).isEqualTo(4);
        assertThat(APPENDS_LOCKED_OUT).isTrue();
    }

    private long eventsOf(String board) {
        return jdbc.sql("select count(*) from event_store.domain_event_entry where aggregate_identifier like ?")
                .param(board + "/%")
                .query(Long.class)
                .single();
    }
}
