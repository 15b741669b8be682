package uk.bcf.ledger.axon;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.axonframework.common.Registration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's aggregate cache, bounded (least recently used out first), holding only aggregates as committed. Axon puts
 * an aggregate into its cache when the unit of work prepares to commit; inside a Spring transaction this cache
 * instead drops the key at once and puts the aggregate only after the transaction has committed. That matters when
 * units of work join a longer transaction (a bulk import applies every ledger in one): Axon considers each of them
 * committed, but the transaction may still roll back, and until it commits no other command may see its events.
 * Measured by Micrometer's {@code cache.*} meters tagged with the cache's name.
 *
 * <p>With a {@link CachedAggregateCheck}, an entry another command-service instance has since appended to is
 * dropped when looked up (a miss, so Axon loads the aggregate from its events), counted by
 * {@code bcf.aggregate.cache.stale}: several instances writing the same aggregates never turn a stale copy into a
 * false conflict.
 */
public final class CommittedAggregateCache implements org.axonframework.common.caching.Cache {

    private final Cache<Object, Object> aggregates;
    private final CachedAggregateCheck check;
    private final Counter stale;

    /** A cache trusting its entries: for a single writer of the event store. */
    public CommittedAggregateCache(String name, long maximumSize, MeterRegistry meters) {
        this(name, maximumSize, meters, null);
    }

    /** A cache checking each entry against the event store before handing it out ({@link CachedAggregateCheck}). */
    public CommittedAggregateCache(String name, long maximumSize, MeterRegistry meters, CachedAggregateCheck check) {
        this.aggregates =
                Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
        this.check = check;
        CaffeineCacheMetrics.monitor(meters, aggregates, name);
        this.stale = Counter.builder("bcf.aggregate.cache.stale")
                .tag("cache", name)
                .description("cached aggregates dropped because another instance had appended to them since")
                .register(meters);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        if (key == null) {
            return null;
        }
        Object entry = aggregates.getIfPresent(key);
        if (entry != null && check != null && check.stale(key, entry)) {
            aggregates.asMap().remove(key, entry);
            stale.increment();
            return null;
        }
        return (V) entry;
    }

    @Override
    public void put(Object key, Object value) {
        if (key != null) {
            afterCommit(key, () -> aggregates.put(key, value));
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (key == null || aggregates.getIfPresent(key) != null) {
            return false;
        }
        afterCommit(key, () -> aggregates.asMap().putIfAbsent(key, value));
        return true;
    }

    @Override
    public boolean remove(Object key) {
        return key != null && aggregates.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        aggregates.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && aggregates.getIfPresent(key) != null;
    }

    /** Nobody listens to aggregate cache entries here. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    private void afterCommit(Object key, Runnable store) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            store.run();
            return;
        }
        aggregates.invalidate(key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.run();
            }
        });
    }
}
