package uk.bcf.ledger.query.performance;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.DailyRates;
import uk.bcf.ledger.shared.period.Period;

/**
 * The arithmetic parts of a figure: the count (a plain count, or the numerator of a ratio) and the denominator the
 * figure states explicitly, {@code null} when it states none.
 */
record CountAndDenominator(BigDecimal count, Long denominator) {

    /** The parts of a count, a count of events or a ratio, as posted. */
    static CountAndDenominator of(Measurement measurement) {
        BigDecimal count =
                measurement.value() != null ? measurement.value() : BigDecimal.valueOf(measurement.numerator());
        return new CountAndDenominator(count, measurement.denominator());
    }

    /** The parts of a plan for a period: a daily rate is spread over the period's days, anything else is as posted. */
    static CountAndDenominator ofPlan(Measurement measurement, Period period) {
        return measurement.isDailyRate()
                ? new CountAndDenominator(DailyRates.spread(measurement.perDay(), period), null)
                : of(measurement);
    }

    /** These parts followed by later ones: counts add up, denominators merge as the rollup says. */
    CountAndDenominator plus(CountAndDenominator later, DenominatorMerge merge) {
        return new CountAndDenominator(count.add(later.count), merge.merge(denominator, later.denominator));
    }
}
