package uk.bcf.ledger.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One version of a plan or actual.
 *
 * @param version     1 for the first, one more for each change
 * @param change      {@code recorded}, {@code corrected}, {@code withdrawn}, {@code set} or {@code revised}
 * @param value       the supplied value (counts), if any
 * @param numerator   the supplied numerator, if any
 * @param denominator the supplied explicit denominator, if any
 * @param perDay      a daily-rate plan, if any
 * @param withdrawn   whether this version withdraws the figure
 * @param restatement whether this version changed a figure after a sign-off that had already reported it
 * @param recordedBy  who made the change
 * @param recordedAt  when it was stored (the start of its system time)
 * @param supersededAt when the next version was stored, or null while it is current
 * @param source      where the figure came from
 * @param reason      why it changed
 * @param eventId     the event that stored this version
 * @param publishedValue the figure as printed in a published report, when it was imported with one
 * @param computedValue  what this version's components give, rounded as the metric shows it, beside a published value
 * @param discrepancy    whether the published value disagrees with the computed one; null without a published value
 * @param rate        the figure as printed, when given as a rate per 100,000 (left out of JSON otherwise)
 * @param percent     the figure as printed, when given as a percentage (left out of JSON otherwise)
 * @param mean        the figure as printed, when given as a mean (left out of JSON otherwise)
 */
public record FigureVersionView(
        int version,
        String change,
        BigDecimal value,
        Long numerator,
        Long denominator,
        BigDecimal perDay,
        boolean withdrawn,
        boolean restatement,
        String recordedBy,
        Instant recordedAt,
        Instant supersededAt,
        String source,
        String reason,
        String eventId,
        BigDecimal publishedValue,
        BigDecimal computedValue,
        Boolean discrepancy,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal rate,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal percent,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal mean) {}
