package uk.bcf.ledger.query.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A bounded cache of what reads computed from one board's rows. An answer is kept under the board, the request
 * and the board's change stamp ({@link uk.bcf.ledger.query.readmodel.BoardChanges}), read in the transaction that
 * computes the answer: a new event renews the stamp, so the next read computes afresh, and an answer is never
 * served for rows other than those it was computed from. Bounded by weight (least recently used out first) and
 * measured by Micrometer's {@code cache.*} meters tagged with the cache's name.
 *
 * @param <R> the request, with every parameter the answer depends on besides the board's rows
 * @param <V> the answer
 */
public final class BoardReadCache<R, V> {

    private final Cache<Key<R>, V> answers;

    /**
     * @param maximumWeight the most the kept answers may weigh together
     * @param weigher       an answer's weight, such as its rows or characters
     */
    public BoardReadCache(String name, long maximumWeight, ToIntFunction<V> weigher, MeterRegistry meters) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maximumWeight)
                .weigher((Key<R> key, V answer) -> weigher.applyAsInt(answer))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, answers, name);
    }

    /**
     * The answer to the request about the board's rows as stamped, computed and kept unless already known. Without
     * a stamp (nothing of the board projected) or without an answer, nothing is kept.
     */
    public V get(String board, R request, OptionalLong stamp, Supplier<V> compute) {
        if (stamp.isEmpty()) {
            return compute.get();
        }
        Key<R> key = new Key<>(board, request, stamp.getAsLong());
        V known = answers.getIfPresent(key);
        if (known != null) {
            return known;
        }
        V computed = compute.get();
        if (computed != null) {
            answers.put(key, computed);
        }
        return computed;
    }

    private record Key<R>(String board, R request, long stamp) {
    }
}
