package uk.bcf.ledger.benchmark.measure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.benchmark.load.Credentials;
import uk.bcf.ledger.benchmark.load.Parallel;
import uk.bcf.ledger.command.CommandServiceApplication;
import uk.bcf.ledger.command.access.CallerMetaData;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.Caller;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Periods;

/**
 * Events appended per second through the command service's {@link CommandGateway} in this JVM, without HTTP:
 * the command service is started in-process in its own Spring context (as the acceptance tests start it) on the
 * benchmark database, and several threads send {@link RecordActualCommand}s with {@code sendAndWait}, each on
 * behalf of an analyst of every board ({@link CallerMetaData}), as a request's signed-in caller would be.
 */
public final class GatewayAppends {

    private static final String AUTHOR = "benchmark";
    private static final Map<String, String> CALLER =
            CallerMetaData.of(new Caller(AUTHOR, Set.of(Role.ANALYST), BoardScope.of(List.of(BoardScope.ALL_BOARDS))));

    private final String jdbcUrl;
    private final String user;
    private final Credentials admin;

    /** @param admin the administrator the in-process service is started with, as the packaged one is */
    public GatewayAppends(String jdbcUrl, String user, Credentials admin) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.admin = admin;
    }

    /**
     * Sends the warm-up slots (not measured, so the JIT compiles the in-process service first), then the measured
     * ones; each list is one thread's.
     */
    public Throughput run(List<List<AppendSlots.Slot>> warmUpPerThread, List<List<AppendSlots.Slot>> slotsPerThread) {
        AxonUpdateCheck.disableUnlessConfigured();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=",
                        "--bcf.security.admin.user=" + admin.user(),
                        "--bcf.security.admin.password=" + admin.password())) {
            CommandGateway gateway = context.getBean(CommandGateway.class);
            send(gateway, warmUpPerThread);
            long total = slotsPerThread.stream().mapToLong(List::size).sum();
            long started = System.nanoTime();
            send(gateway, slotsPerThread);
            return Throughput.since(total, started);
        }
    }

    private static void send(CommandGateway gateway, List<List<AppendSlots.Slot>> slotsPerThread) {
        Parallel.forEach(
                IntStream.range(0, slotsPerThread.size()).boxed().toList(),
                slotsPerThread.size(),
                thread -> slotsPerThread
                        .get(thread)
                        .forEach(slot ->
                                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordActualCommand(
                                                slot.board(),
                                                slot.metric(),
                                                Periods.parse(slot.period()),
                                                Measurement.count(1_000
                                                        + Math.floorMod(
                                                                slot.period().hashCode(), 500)),
                                                AUTHOR,
                                                AUTHOR,
                                                null))
                                        .andMetaData(CALLER))));
    }
}
