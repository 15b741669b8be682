package uk.bcf.ledger.query.spc;

import java.util.Objects;

/**
 * One point of an analysed XmR chart.
 *
 * @param period the period code of the point
 * @param value the observed value
 * @param specialCause how the point's special cause reads, or {@code null} for common-cause variation
 * @param rule the first rule, in precedence order, that flagged the point, or {@code null} when none did
 */
public record SpcPointResult(String period, double value, SpecialCause specialCause, SpcRule rule) {

    /** Refuses a special cause without the rule that found it, and the other way round. */
    public SpcPointResult {
        Objects.requireNonNull(period, "period");
        if ((specialCause == null) != (rule == null)) {
            throw new IllegalArgumentException("A special cause and its rule go together, got " + specialCause + " and "
                    + rule + " for " + period);
        }
    }
}
