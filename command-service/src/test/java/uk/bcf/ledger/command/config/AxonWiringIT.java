package uk.bcf.ledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.figure.Provenance;

/**
 * The owned Boot 4 workarounds, each checked by behaviour: if Axon's JDBC pieces fell back to its defaults these
 * tests fail (no-op transactions, the wrong serializer, duplicate keys not recognised on PostgreSQL).
 */
@CommandServiceTest
class AxonWiringIT {

    @Autowired
    TransactionManager axonTransactionManager;

    @Autowired
    Serializer serializer;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    @Test
    void axonTransactionsAreSpringTransactions() {
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void aUnitOfWorkThatFailsStoresNoEvent() {
        String aggregate = "rollback-" + UUID.randomUUID();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(axonTransactionManager);

        unitOfWork.executeWithResult(() -> {
            eventStore.publish(event(aggregate, 0));
            throw new IllegalStateException("fails after the append");
        });

        assertThat(eventsOf(aggregate)).isZero();
    }

    @Test
    void eventsAreSerialisedWithJacksonTwo() {
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
    }

    @Test
    void aSecondEventWithTheSameSequenceIsAConcurrencyConflict() {
        String aggregate = "conflict-" + UUID.randomUUID();
        inTransaction(() -> eventStore.publish(event(aggregate, 0), event(aggregate, 1)));

        assertThatThrownBy(() -> inTransaction(() -> eventStore.publish(event(aggregate, 1))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventsOf(aggregate)).isEqualTo(2);
    }

    @Test
    void creatingTheSameAggregateTwiceIsRecognisedAsSuch() {
        String aggregate = "created-" + UUID.randomUUID();
        inTransaction(() -> eventStore.publish(event(aggregate, 0)));

        assertThatThrownBy(() -> inTransaction(() -> eventStore.publish(event(aggregate, 0))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(eventsOf(aggregate)).isOne();
    }

    @Test
    void axonsUpdateCheckerIsSwitchedOff() {
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    }

    private void inTransaction(Runnable work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(axonTransactionManager);
        unitOfWork.execute(work);
    }

    private long eventsOf(String aggregate) {
        return jdbc.sql("select count(*) from event_store.domain_event_entry where aggregate_identifier = ?")
                .param(aggregate)
                .query(Long.class)
                .single();
    }

    /**
     * An event of a board no other test uses: the board directory takes it in as a registration, so a real board
     * code here would make other tests of the same database find their board already registered.
     */
    private static GenericDomainEventMessage<BoardRegisteredEvent> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Board",
                aggregate,
                sequence,
                new BoardRegisteredEvent(
                        "E99000001",
                        "Wiring test",
                        new Provenance("test", Instant.parse("2019-11-21T09:00:00Z"), null, null)));
    }
}
