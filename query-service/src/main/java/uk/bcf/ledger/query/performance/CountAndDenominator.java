package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.DailyRates;
import uk.bcf.ledger.shared.period.Period;

/**
 * The arithmetic parts of a figure: the count (a plain count, or the numerator of a ratio), the denominator the
 * figure states explicitly, and the figure as printed (a rate, percentage or mean given without the components that
 * define it). Each is {@code null} when the figure does not give it; a figure with neither a count nor a printed
 * value cannot be valued (a sum of parts given in different forms).
 */
record CountAndDenominator(BigDecimal count, Long denominator, BigDecimal stated) {

    /** The parts of a count, a count of events, a ratio or a printed figure, as posted. */
    static CountAndDenominator of(Measurement measurement) {
        BigDecimal count = measurement.value() != null
                ? measurement.value()
                : measurement.numerator() == null ? null : BigDecimal.valueOf(measurement.numerator());
        return new CountAndDenominator(count, measurement.denominator(), measurement.stated());
    }

    /** The parts of a plan for a period: a daily rate is spread over the period's days, anything else is as posted. */
    static CountAndDenominator ofPlan(Measurement measurement, Period period) {
        return measurement.isDailyRate()
                ? new CountAndDenominator(DailyRates.spread(measurement.perDay(), period), null, null)
                : of(measurement);
    }

    /**
     * These parts followed by later ones: counts add up, denominators merge as the rollup says, and printed figures
     * add up where the rollup is a sum (rates per 100,000 of one population do); a part without a count or printed
     * value leaves the total without one.
     */
    CountAndDenominator plus(CountAndDenominator later, DenominatorMerge merge) {
        BigDecimal counts = count == null || later.count == null ? null : count.add(later.count);
        BigDecimal printed = merge == DenominatorMerge.LATEST && stated != null && later.stated != null
                ? stated.add(later.stated)
                : null;
        return new CountAndDenominator(counts, merge.merge(denominator, later.denominator), printed);
    }

    /** These parts scaled by a fraction of the period, as a year plan pro rata. */
    CountAndDenominator scaled(BigDecimal elapsed, BigDecimal whole) {
        return new CountAndDenominator(
                count == null ? null : count.multiply(elapsed).divide(whole),
                denominator,
                stated == null ? null : stated.multiply(elapsed).divide(whole));
    }
}
