package uk.bcf.ledger.query.spc;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The special-cause rule that flagged a point, named as in the JSON output. */
public enum SpcRule {
    /** The point lies strictly beyond the upper or lower process limit. */
    OUTSIDE_LIMITS,
    /** The point belongs to a run of 7 or more points each strictly above, or each strictly below, the one before. */
    TREND,
    /** The point is one of two or more of three consecutive points in the same near-limit band. */
    TWO_OF_THREE,
    /** The point belongs to a run of 7 or more points all strictly on one side of the mean. */
    SHIFT;

    /** The JSON code: the name in lower case, such as {@code two_of_three}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
