package uk.bcf.ledger.query.report;

import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.PeriodKind;

/**
 * Which table a metric's section gets, decided by its catalogue entry and the figures posted, never by its code: a
 * metric that takes monthly actuals and whose year has none posted for a whole quarter is reported by month; a
 * year-to-date metric, and one with quarterly actuals, by quarter. A monthly table compares with the same quarters
 * of the year before, a quarterly one with the year before's fourth quarter.
 */
enum TableShape {
    MONTHLY,
    QUARTERLY;

    static TableShape of(MetricData data) {
        boolean monthly = data.metric().actualPeriods().contains(PeriodKind.MONTH)
                && data.metric().rollup() != Rollup.CUMULATIVE_YEAR_TO_DATE
                && !data.hasActualsFor(PeriodKind.QUARTER);
        return monthly ? MONTHLY : QUARTERLY;
    }

    /** Whether a period of the year before is shown beside the report's year in this shape of table. */
    boolean comparesWith(Period priorPeriod, ReportScope scope) {
        if (priorPeriod instanceof FinancialYear) {
            return false;
        }
        FinancialYear year = priorPeriod.financialYear();
        int quarter = year.quarterOf(priorPeriod.months().get(0)).number();
        return this == MONTHLY
                ? quarter <= scope.quarter().number()
                : quarter == year.quarters().size();
    }

    ReportTable table(MetricData data, ReportScope scope) {
        return this == MONTHLY ? MonthlyTable.of(data, scope) : QuarterlyTable.of(data, scope);
    }
}
