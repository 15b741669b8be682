package uk.bcf.ledger.axon;

import java.lang.reflect.Field;
import java.util.OptionalLong;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * Tells whether a cached aggregate is behind the event store: another command-service instance has appended to it
 * since it was cached here. Such a copy would append events at sequence numbers already taken and be refused as a
 * simultaneous change although nothing was simultaneous; {@link CommittedAggregateCache} drops it instead, and the
 * aggregate is loaded from its events. One indexed query per cached load ({@link EventStoreIndex#lastSequenceOf}).
 * A genuinely simultaneous write is unaffected: both writers load the same current version, and the second append
 * still conflicts.
 *
 * <p>Axon keeps the cached version in a private field of {@link AggregateCacheEntry} and offers no accessor; it is
 * read here, and only here (Axon 4 is in maintenance, so the field will not move; {@code CommittedAggregateCacheTest}
 * fails if it does).
 */
public final class CachedAggregateCheck {

    private static final Field VERSION = versionField();

    private final EventStoreIndex eventStore;

    public CachedAggregateCheck(EventStoreIndex eventStore) {
        this.eventStore = eventStore;
    }

    /** Whether the event store holds a later event of the aggregate than the cached entry has applied. */
    boolean stale(Object aggregateId, Object entry) {
        if (!(entry instanceof AggregateCacheEntry<?> cached)) {
            return false;
        }
        Long version = versionOf(cached);
        OptionalLong stored = eventStore.lastSequenceOf(aggregateId.toString());
        return stored.isPresent() && (version == null || stored.getAsLong() > version);
    }

    static Long versionOf(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the version of a cached aggregate", e);
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry no longer has a version field", e);
        }
    }
}
