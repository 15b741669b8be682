package uk.bcf.ledger.shared.command;

import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/**
 * Identifies the ledger of one metric for one board in one financial year, e.g. {@code E09000006/NEL/2019-20}:
 * the consistency boundary for plans and actuals (see docs/adr/0002-aggregate-boundaries.md).
 */
public final class MetricYearId {

    private MetricYearId() {}

    public static String of(String boardCode, String metric, FinancialYear year) {
        return boardCode + "/" + metric + "/" + year.code();
    }

    public static String of(String boardCode, String metric, Period period) {
        return of(boardCode, metric, period.financialYear());
    }
}
