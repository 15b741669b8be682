package uk.bcf.ledger.query.performance;

import java.util.Optional;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Quarter;

/** Makes the actual of a quarter or a year out of the figures posted for it and for the periods within it. */
interface ActualRollup {

    Optional<PeriodActual> quarter(Quarter quarter, PostedFigureIndex actuals);

    Optional<PeriodActual> year(FinancialYear year, PostedFigureIndex actuals);

    /** The rollup a metric's catalogue entry names. */
    static ActualRollup of(Rollup rollup) {
        return switch (rollup) {
            case SUM -> new AdditiveRollup(DenominatorMerge.LATEST);
            case RATIO_OF_SUMS -> new AdditiveRollup(DenominatorMerge.SUMMED);
            case CUMULATIVE_YEAR_TO_DATE -> new YearToDateRollup();
        };
    }
}
