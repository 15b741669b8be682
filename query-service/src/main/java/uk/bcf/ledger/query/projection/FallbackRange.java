package uk.bcf.ledger.query.projection;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Which events the projection handles one by one, each in its own savepoint, instead of in a batch: those up to
 * the last position of a batch whose writes failed. Axon rolls such a batch back and retries it; handled one by
 * one, the event that fails is dead-lettered on its own and every other event is projected. A reset clears it,
 * since the replay that follows starts again from the first event.
 */
@Component
class FallbackRange {

    private final AtomicLong through = new AtomicLong(-1);

    void failedThrough(long position) {
        through.accumulateAndGet(position, Math::max);
    }

    boolean covers(long position) {
        return position <= through.get();
    }

    void clear() {
        through.set(-1);
    }
}
