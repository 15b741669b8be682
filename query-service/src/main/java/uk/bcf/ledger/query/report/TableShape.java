package uk.bcf.ledger.query.report;

import java.util.Set;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.PeriodKind;

/**
 * Which table a metric's section gets, decided by its catalogue entry and the periods its figures of the year
 * actually have, never by its code: a metric whose figures of the year are all annual (or, with none yet, that is
 * reported only per year) by year; a metric that takes monthly actuals, has monthly actuals posted (or no figures at
 * all yet) and none for a whole quarter, by month; a year-to-date metric, and any other, by quarter. A monthly table
 * compares with the same quarters of the year before, a quarterly one with the year before's fourth quarter (else
 * its full year), an annual one with the year before.
 */
enum TableShape {
    MONTHLY,
    QUARTERLY,
    ANNUAL;

    static TableShape of(MetricData data) {
        Set<PeriodKind> kinds = data.postedKinds();
        boolean annual = kinds.isEmpty()
                ? data.metric().actualPeriods().equals(Set.of(PeriodKind.YEAR))
                : kinds.equals(Set.of(PeriodKind.YEAR));
        if (annual) {
            return ANNUAL;
        }
        boolean monthly = data.metric().actualPeriods().contains(PeriodKind.MONTH)
                && data.metric().rollup() != Rollup.CUMULATIVE_YEAR_TO_DATE
                && !data.hasActualsFor(PeriodKind.QUARTER)
                && (data.hasActualsFor(PeriodKind.MONTH) || kinds.isEmpty());
        return monthly ? MONTHLY : QUARTERLY;
    }

    /** Whether a period of the year before is shown beside the report's year in this shape of table. */
    boolean comparesWith(Period priorPeriod, ReportScope scope) {
        if (priorPeriod instanceof FinancialYear) {
            return this != MONTHLY;
        }
        if (this == ANNUAL) {
            return false;
        }
        FinancialYear year = priorPeriod.financialYear();
        int quarter = year.quarterOf(priorPeriod.months().get(0)).number();
        return this == MONTHLY
                ? quarter <= scope.quarter().number()
                : quarter == year.quarters().size();
    }

    ReportTable table(MetricData data, ReportScope scope) {
        return switch (this) {
            case MONTHLY -> MonthlyTable.of(data, scope);
            case QUARTERLY -> QuarterlyTable.of(data, scope);
            case ANNUAL -> AnnualTable.of(data, scope);
        };
    }
}
