package uk.bcf.ledger.query.projection;

import java.time.Instant;
import uk.bcf.ledger.shared.pool.ContributionCorrectedEvent;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.ContributionWithdrawnEvent;
import uk.bcf.ledger.shared.pool.NationalMinimumsSetEvent;
import uk.bcf.ledger.shared.pool.PoolEvent;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineWithdrawnEvent;
import uk.bcf.ledger.shared.pool.SpendCorrectedEvent;
import uk.bcf.ledger.shared.pool.SpendRecordedEvent;
import uk.bcf.ledger.shared.pool.SpendWithdrawnEvent;

/** Hands a pool event to the matching handler of {@link PoolProjection}, for {@link ProjectionDriver}. */
final class PoolProjectionDriver {

    private PoolProjectionDriver() {}

    static void dispatch(PoolProjection pool, PoolEvent event, String eventId, Instant storedAt) {
        if (event instanceof ContributionRecordedEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof ContributionCorrectedEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof ContributionWithdrawnEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof NationalMinimumsSetEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof SchemeLineAddedEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof SchemeLineCorrectedEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof SchemeLineWithdrawnEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof SpendRecordedEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof SpendCorrectedEvent e) {
            pool.on(e, eventId, storedAt);
        } else if (event instanceof SpendWithdrawnEvent e) {
            pool.on(e, eventId, storedAt);
        } else {
            throw new IllegalArgumentException("the pool projection does not handle " + event);
        }
    }
}
