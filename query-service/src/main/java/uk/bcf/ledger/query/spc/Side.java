package uk.bcf.ledger.query.spc;

import java.util.Optional;
import uk.bcf.ledger.shared.metric.Direction;

/** Which way a point deviates: above the mean, or rising in a trend, is high; below, or falling, is low. */
enum Side {
    HIGH,
    LOW;

    /** The side of a signed deviation; none when the deviation is exactly zero. */
    static Optional<Side> of(double deviation) {
        if (deviation > 0) {
            return Optional.of(HIGH);
        }
        if (deviation < 0) {
            return Optional.of(LOW);
        }
        return Optional.empty();
    }

    /** The side a direction of good counts as good news. */
    static Side favouredBy(Direction goodDirection) {
        return goodDirection == Direction.HIGHER_IS_BETTER ? HIGH : LOW;
    }
}
