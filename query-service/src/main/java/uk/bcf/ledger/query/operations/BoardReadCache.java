package uk.bcf.ledger.query.operations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A bounded cache of what reads computed from one board's rows. An answer is kept under the board, the request
 * and the board's change stamp ({@link uk.bcf.ledger.query.projection.BoardChangeRepository}), read in the transaction that
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
        Optional<V> known = find(board, request, stamp);
        if (known.isPresent()) {
            return known.get();
        }
        V computed = compute.get();
        if (computed != null) {
            keep(board, request, stamp, computed);
        }
        return computed;
    }

    /** The answer kept for the request about the board's rows as stamped, if any. */
    public Optional<V> find(String board, R request, OptionalLong stamp) {
        return stamp.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(answers.getIfPresent(new Key<>(board, request, stamp.getAsLong())));
    }

    /** Keeps the answer to the request about the board's rows as stamped; without a stamp, nothing is kept. */
    public void keep(String board, R request, OptionalLong stamp, V answer) {
        if (stamp.isPresent()) {
            answers.put(new Key<>(board, request, stamp.getAsLong()), answer);
        }
    }

    private record Key<R>(String board, R request, long stamp) {}
}
