package uk.bcf.ledger.query.spc;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The Making Data Count variation icon of a chart, which follows its latest point: common cause, or a special cause
 * judged improving, concerning or neutral, lying high or low.
 */
public enum Variation {
    COMMON_CAUSE,
    IMPROVEMENT_HIGH,
    IMPROVEMENT_LOW,
    CONCERN_HIGH,
    CONCERN_LOW,
    NEUTRAL_HIGH,
    NEUTRAL_LOW;

    /** The JSON code: the name in lower case, such as {@code concern_high}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The icon of a special cause lying on the given side. */
    static Variation of(SpecialCause cause, Side side) {
        boolean high = side == Side.HIGH;
        return switch (cause) {
            case IMPROVEMENT -> high ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case CONCERN -> high ? CONCERN_HIGH : CONCERN_LOW;
            case NEUTRAL -> high ? NEUTRAL_HIGH : NEUTRAL_LOW;
        };
    }
}
