package uk.bcf.ledger.query.performance;

import java.util.Objects;
import java.util.Optional;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * An annual outturn set against its parts: where an actual is reported for the year itself and its quarters (or
 * months) are all reported too, the year row keeps the reported outturn and, when what the parts give differs from
 * it as shown, carries that value so the difference is visible (Bromley's year is the sum of its quarters; a board's
 * outturn that is not is flagged).
 */
final class OutturnCheck {

    private OutturnCheck() {}

    static PerformanceRow flagged(
            PerformanceRow year,
            FinancialYear period,
            PostedFigureIndex actuals,
            ActualRollup rollup,
            PerformanceRowFactory factory) {
        if (actuals.postedFor(period).isEmpty() || year.value() == null) {
            return year;
        }
        return rollup.year(period, actuals.without(period))
                .filter(PeriodActual::complete)
                .map(parts -> factory.row(period, Optional.of(parts), Optional.empty()))
                .map(PerformanceRow::value)
                .filter(Objects::nonNull)
                .filter(parts -> parts.compareTo(year.value()) != 0)
                .map(year::withPartsValue)
                .orElse(year);
    }
}
