package uk.bcf.ledger.query.performance;

import java.util.List;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Period;

/**
 * The actual of one period as rolled up from the posted figures.
 *
 * @param components     its count and explicit denominator
 * @param monthsReported the months behind it, in order
 * @param complete       whether it covers the whole period
 */
record PeriodActual(CountAndDenominator components, List<Month> monthsReported, boolean complete) {

    PeriodActual {
        monthsReported = List.copyOf(monthsReported);
    }

    /** A figure posted directly for a period: it covers every month of the period. */
    static PeriodActual posted(Period period, Measurement measurement) {
        return new PeriodActual(CountAndDenominator.of(measurement), period.months(), true);
    }

    Month lastMonth() {
        return monthsReported.get(monthsReported.size() - 1);
    }
}
