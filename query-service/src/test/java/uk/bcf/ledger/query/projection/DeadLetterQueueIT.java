package uk.bcf.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.operations.ProcessorStatus;
import uk.bcf.ledger.query.operations.ReadModelRebuilder;
import uk.bcf.ledger.shared.command.MetricYearId;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;

/**
 * One event whose handler fails with an SQL error is dead-lettered and the projection carries on. The processor's
 * batched writes fail as a whole, so the batch rolls back and is retried with each event in its own savepoint
 * (ProjectionWriter). Without that fallback the same batch would fail for ever; without the savepoint the failed
 * statement would abort the batch's PostgreSQL transaction, the dead letter could not be stored in it, and the
 * processor would go into error and retry the same batch for ever.
 */
class DeadLetterQueueIT extends QueryServiceTestDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final FinancialYear FY = new FinancialYear(2019);
    private static final String BOARD_A = "A";
    private static final String BOARD_B = "B";
    private static final String POISON_AGGREGATE = "A/POISON/2019-20";
    /** Longer than {@code figure_version.metric varchar(32)}: the insert fails in PostgreSQL. */
    private static final String TOO_LONG_METRIC = "POISON_METRIC_CODE_LONGER_THAN_THIRTY_TWO";

    @Autowired
    EventStore eventStore;

    @Autowired
    BoardRepository boards;

    @Autowired
    FigureVersionRepository figures;

    @Autowired
    ReadModelRebuilder rebuilder;

    @Autowired
    JdbcClient jdbc;

    private record DeadLetter(
            String processingGroup,
            String aggregateIdentifier,
            String payloadType,
            String causeType,
            String causeMessage) {}

    @Test
    void aPoisonEventIsDeadLetteredAndTheProjectionCarriesOnWithTheRestOfTheStream() {
        assertThat(TOO_LONG_METRIC).hasSizeGreaterThan(32);
        Provenance provenance = new Provenance("loader", Instant.parse("2019-05-10T09:00:00Z"), "SUS", null);
        eventStore.publish(
                new GenericDomainEventMessage<>(
                        "MetricYear",
                        POISON_AGGREGATE,
                        0,
                        new PlanSetEvent(BOARD_A, TOO_LONG_METRIC, FY, Measurement.count(1), 1, provenance)),
                new GenericDomainEventMessage<>(
                        "Board", BOARD_B, 0, new BoardRegisteredEvent(BOARD_B, "Board B", provenance)),
                new GenericDomainEventMessage<>(
                        "MetricYear",
                        MetricYearId.of(BOARD_B, "NEL", FY),
                        0,
                        new ActualRecordedEvent(
                                BOARD_B, "NEL", Month.of(2019, 4), Measurement.count(42), 1, provenance)));
        long lastIndex = jdbc.sql("select max(global_index) from event_store.domain_event_entry")
                .query(Long.class)
                .single();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(actualsOf(BOARD_B)).isNotEmpty());
        ProcessorStatus status = await().atMost(PATIENCE)
                .until(
                        this::projectionStatus,
                        s -> s.segments().size() == 2
                                && s.segments().stream()
                                        .allMatch(segment ->
                                                segment.position() != null && segment.position() >= lastIndex));

        assertThat(status.error()).as("processor in error").isFalse();
        assertThat(status.running()).isTrue();
        assertThat(boards.find(BOARD_B))
                .hasValueSatisfying(board -> assertThat(board.name()).isEqualTo("Board B"));
        assertThat(actualsOf(BOARD_B))
                .singleElement()
                .satisfies(actual -> assertThat(actual.measurement().value()).isEqualByComparingTo("42"));
        assertThat(figures.figuresOf(BOARD_A, FigureKind.PLAN, FY, AsOf.now()))
                .as("the poison plan is not in the read model")
                .isEmpty();

        List<DeadLetter> letters = deadLetters();
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0);
        assertThat(letter.processingGroup()).isEqualTo(PerformanceProjection.GROUP);
        assertThat(letter.aggregateIdentifier()).isEqualTo(POISON_AGGREGATE);
        assertThat(letter.payloadType()).isEqualTo(PlanSetEvent.class.getName());
        assertThat(causeClass(letter.causeType())).isAssignableTo(DataAccessException.class);
        assertThat(letter.causeMessage()).contains("figure_version");
    }

    private List<CurrentFigure> actualsOf(String board) {
        return figures.figuresOf(board, FigureKind.ACTUAL, FY, AsOf.now());
    }

    private ProcessorStatus projectionStatus() {
        return rebuilder.status().stream()
                .filter(status -> status.name().equals(PerformanceProjection.GROUP))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no streaming processor " + PerformanceProjection.GROUP));
    }

    private List<DeadLetter> deadLetters() {
        return jdbc.sql("""
                        select processing_group, aggregate_identifier, payload_type, cause_type, cause_message
                        from read_model.dead_letter_entry""")
                .query((row, n) -> new DeadLetter(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)))
                .list();
    }

    private static Class<?> causeClass(String causeType) {
        try {
            return Class.forName(causeType);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("cause type is not a class: " + causeType, e);
        }
    }
}
