package uk.bcf.ledger.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.OptionalLong;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

/**
 * A cached aggregate is handed out while the event store holds nothing later than its version, and dropped (a miss)
 * once another instance has appended to it; the version is read from Axon's own cache entry.
 */
class CachedAggregateCheckTest {

    /** An aggregate just big enough for Axon to inspect. */
    static class Ledger {
        @AggregateIdentifier
        String id = "ledger";
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void theVersionIsReadFromAxonsCacheEntry() {
        assertThat(CachedAggregateCheck.versionOf(entryAt(7))).isEqualTo(7L);
    }

    @Test
    void anEntryAsRecentAsTheStoreIsHandedOut() {
        CommittedAggregateCache cache = cacheOverAStoreAt(3);
        AggregateCacheEntry<Ledger> entry = entryAt(3);
        cache.put("ledger", entry);

        assertThat(cache.<String, Object>get("ledger")).isSameAs(entry);
        assertThat(meters.get("bcf.aggregate.cache.stale").counter().count()).isZero();
    }

    @Test
    void anEntryBehindTheStoreIsDroppedAndCounted() {
        CommittedAggregateCache cache = cacheOverAStoreAt(4);
        cache.put("ledger", entryAt(3));

        assertThat(cache.<String, Object>get("ledger")).isNull();
        assertThat(cache.containsKey("ledger")).isFalse();
        assertThat(meters.get("bcf.aggregate.cache.stale").counter().count()).isEqualTo(1);
    }

    private CommittedAggregateCache cacheOverAStoreAt(long lastSequence) {
        EventStoreIndex store = new EventStoreIndex() {
            @Override
            public long positionOf(String aggregateId, long sequenceNumber) {
                throw new UnsupportedOperationException();
            }

            @Override
            public OptionalLong lastSequenceOf(String aggregateId) {
                return OptionalLong.of(lastSequence);
            }

            @Override
            public long head() {
                throw new UnsupportedOperationException();
            }
        };
        return new CommittedAggregateCache("test", 10, meters, new CachedAggregateCheck(store));
    }

    private static AggregateCacheEntry<Ledger> entryAt(long version) {
        EventSourcedAggregate<Ledger> aggregate = EventSourcedAggregate.reconstruct(
                new Ledger(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Ledger.class),
                version,
                false,
                SimpleEventBus.builder().build(),
                NoSnapshotTriggerDefinition.TRIGGER);
        return new AggregateCacheEntry<>(aggregate);
    }
}
