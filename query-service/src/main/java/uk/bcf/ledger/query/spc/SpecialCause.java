package uk.bcf.ledger.query.spc;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import uk.bcf.ledger.shared.metric.Direction;

/** How a special-cause point reads against the metric's direction of good. */
public enum SpecialCause {
    /** The point deviates in the good direction. */
    IMPROVEMENT,
    /** The point deviates against the good direction. */
    CONCERN,
    /** The metric has no direction of good. */
    NEUTRAL;

    /** The JSON code: the name in lower case, such as {@code concern}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reading of a deviation to the given side; neutral when there is no direction of good. */
    static SpecialCause of(Side side, Direction goodDirection) {
        if (goodDirection == null) {
            return NEUTRAL;
        }
        return side == Side.favouredBy(goodDirection) ? IMPROVEMENT : CONCERN;
    }
}
