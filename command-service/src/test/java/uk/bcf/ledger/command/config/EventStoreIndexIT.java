package uk.bcf.ledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.EmptyResultDataAccessException;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.axon.EventStoreLock;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.figure.Provenance;

/** What the services ask the event table directly, answered on the tables the migrations create. */
@CommandServiceTest
class EventStoreIndexIT {

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionManager axonTransactionManager;

    @Autowired
    EventStoreIndex index;

    @Autowired
    EventStoreLock lock;

    @Test
    void anEventsPositionIsItsPlaceInTheWholeStreamAndTheHeadIsAtLeastTheLast() {
        String aggregate = "index-" + UUID.randomUUID();
        long before = index.head();

        inTransaction(() -> eventStore.publish(event(aggregate, 0), event(aggregate, 1)));

        long first = index.positionOf(aggregate, 0);
        long second = index.positionOf(aggregate, 1);
        assertThat(first).isGreaterThan(before);
        assertThat(second).isGreaterThan(first);
        assertThat(index.head()).isGreaterThanOrEqualTo(second);
    }

    @Test
    void anEventNeverStoredHasNoPosition() {
        assertThatThrownBy(() -> index.positionOf("never-" + UUID.randomUUID(), 0))
                .isInstanceOf(EmptyResultDataAccessException.class);
    }

    @Test
    void appendsAreOnlyLockedForATransaction() {
        assertThatThrownBy(lock::lockAppends).isInstanceOf(IllegalStateException.class);
    }

    private void inTransaction(Runnable work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(axonTransactionManager);
        unitOfWork.execute(work);
    }

    /** An event of a board no other test uses, so the board directory's registration of it disturbs no test. */
    private static GenericDomainEventMessage<BoardRegisteredEvent> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Board",
                aggregate,
                sequence,
                new BoardRegisteredEvent(
                        "E99000002",
                        "Index test",
                        new Provenance("test", Instant.parse("2019-11-21T09:00:00Z"), null, null)));
    }
}
