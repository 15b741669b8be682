package uk.bcf.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.bcf.ledger.query.TestEvents.by;
import static uk.bcf.ledger.query.TestEvents.commentary;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.planRevised;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.population;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;
import static uk.bcf.ledger.query.TestEvents.withdrawn;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.operations.ReadModelRebuilder;
import uk.bcf.ledger.shared.command.MetricYearId;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/**
 * The running processor, which batches a whole history's writes, leaves exactly the rows that handling the same
 * events one at a time leaves: a withdrawal and the version it copies, a note and the version it annotates, and
 * corrections closing earlier versions all in one batch. The history is appended in one transaction, so the
 * processor sees it at once; then the board's rows are deleted and the same events, with the same identifiers and
 * timestamps (the event store keeps milliseconds), are delivered one by one, and the digests of every read table
 * compared.
 */
class BatchedProjectionIT extends QueryServiceTestDatabase {

    private static final String BOARD = "BAT00001";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2019-05-01T09:00:00.123Z");
    private static final List<String> TABLES =
            List.of("figure_version", "population_version", "sign_off", "commentary_version");

    @Autowired
    ApplicationContext context;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadModelRebuilder rebuilder;

    @Test
    void aBatchWritesTheRowsThatEventByEventDeliveryWrites() {
        List<GenericDomainEventMessage<?>> messages = messages(history());
        eventStore.publish(messages);
        long lastIndex = jdbc.sql("select max(global_index) from event_store.domain_event_entry")
                .query(Long.class)
                .single();
        await().atMost(PATIENCE)
                .until(
                        rebuilder::status,
                        processors -> processors.stream()
                                .filter(processor -> processor.name().equals(PerformanceProjection.GROUP))
                                .allMatch(processor -> processor.segments().size() == 2
                                        && processor.segments().stream()
                                                .allMatch(segment -> segment.position() != null
                                                        && segment.position() >= lastIndex)));
        Map<String, String> batched = digests();

        deleteTheBoardsRows();
        ProjectionDriver oneByOne = new ProjectionDriver(context);
        messages.forEach(
                message -> oneByOne.deliver(message.getTimestamp(), message.getIdentifier(), message.getPayload()));

        assertThat(batched).doesNotContainValue(null).hasSize(TABLES.size() + 1);
        assertThat(digests()).isEqualTo(batched);
    }

    private static List<Object> history() {
        return List.of(
                registered(BOARD, "Batched"),
                population(BOARD, 1, 57_626, "ONS 2016-based SNPP"),
                planSet(BOARD, "NEL", "2019-20-Q1", 6589),
                planRevised(BOARD, "NEL", "2019-20-Q1", 2, Measurement.count(6600), "re-profiled"),
                recorded(BOARD, "NEL", "2019-04", 1, 2134),
                noted(FigureKind.ACTUAL, "2019-04", 1),
                corrected(BOARD, "NEL", "2019-04", 2, 2140, "late SUS data"),
                withdrawn(BOARD, "NEL", "2019-04", 3, "disputed"),
                recorded(BOARD, "NEL", "2019-04", 4, 2150),
                commentary(BOARD, "NEL", "2019-20-Q1", 1, "Within plan."),
                signedOff(BOARD, "2019-20-Q1", LocalDate.of(2019, 9, 19)),
                commentary(BOARD, "NEL", "2019-20-Q1", 2, "Within plan; no clear trend."),
                population(BOARD, 2, 57_700, "ONS 2018-based SNPP"));
    }

    private static PublishedFigureNotedEvent noted(FigureKind kind, String period, int version) {
        return new PublishedFigureNotedEvent(
                BOARD,
                "NEL",
                Period.parse(period),
                kind,
                version,
                new BigDecimal("2134"),
                new BigDecimal("2134"),
                true,
                by("importer", null, null));
    }

    /** Each event as its aggregate would have stored it, an hour after the one before. */
    private static List<GenericDomainEventMessage<?>> messages(List<Object> history) {
        Map<String, Long> sequences = new TreeMap<>();
        return IntStream.range(0, history.size())
                .<GenericDomainEventMessage<?>>mapToObj(index -> {
                    Object event = history.get(index);
                    String aggregate = event instanceof FigureEvent figure
                            ? MetricYearId.of(BOARD, figure.metric(), figure.period())
                            : BOARD;
                    long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
                    return new GenericDomainEventMessage<>(
                            event instanceof FigureEvent ? "MetricYear" : "Board",
                            aggregate,
                            sequence,
                            event,
                            MetaData.emptyInstance(),
                            "batched-" + index,
                            START.plusSeconds(3600L * index));
                })
                .toList();
    }

    private void deleteTheBoardsRows() {
        jdbc.sql("delete from read_model.board where code = ?").param(BOARD).update();
        TABLES.forEach(table -> jdbc.sql("delete from read_model." + table + " where board_code = ?")
                .param(BOARD)
                .update());
    }

    private Map<String, String> digests() {
        Map<String, String> digests = new TreeMap<>();
        digests.put("board", digest("board", "code", "code"));
        TABLES.forEach(table -> digests.put(table, digest(table, "board_code", "t::text")));
        return digests;
    }

    private String digest(String table, String boardColumn, String order) {
        return jdbc.sql("select md5(string_agg(t::text, '|' order by %s)) from read_model.%s t where %s = ?"
                        .formatted(order, table, boardColumn))
                .param(BOARD)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
