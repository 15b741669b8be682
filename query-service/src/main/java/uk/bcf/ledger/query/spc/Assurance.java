package uk.bcf.ledger.query.spc;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The Making Data Count assurance icon: whether the process, as its limits describe it, can be relied on to meet a
 * target.
 */
public enum Assurance {
    /** The target lies outside the limits, on the side that leaves the whole process meeting it. */
    PASS,
    /** The target lies outside the limits, on the side that leaves the whole process missing it. */
    FAIL,
    /** The target lies within the limits: the process will sometimes meet it and sometimes miss it. */
    HIT_AND_MISS,
    /** No target, or a target outside the limits of a metric without a direction of good. */
    NONE;

    /** The JSON code: the name in lower case, such as {@code hit_and_miss}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
