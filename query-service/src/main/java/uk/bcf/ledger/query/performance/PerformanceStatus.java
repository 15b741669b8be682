package uk.bcf.ledger.query.performance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a period stands against its plan. */
public enum PerformanceStatus {
    /** Complete and meeting the plan in the metric's good direction (equal counts as meeting). */
    ON_TRACK,
    /** Complete and missing the plan. */
    OFF_TRACK,
    /** Some but not all months reported: no variance is stated. */
    INCOMPLETE,
    /** Complete, but there is no plan to compare with. */
    NO_PLAN,
    /** Nothing reported yet. */
    NO_DATA;

    /** The wire form: {@code on_track}, {@code off_track}, … */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
