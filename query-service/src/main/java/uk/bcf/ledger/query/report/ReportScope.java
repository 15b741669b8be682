package uk.bcf.ledger.query.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * What a report covers: the quarters of a financial year from Q1 up to a quarter, and the date it reports at, which
 * decides whether a missing figure is still to be published ("Published in Nov 19") or overdue.
 *
 * @param quarter the latest quarter covered
 * @param cutOff  the reporting date: see {@link ReportMoment#reportingDate()}
 */
record ReportScope(Quarter quarter, LocalDate cutOff) {

    FinancialYear year() {
        return quarter.financialYear();
    }

    /** Q1 to the report's quarter. */
    List<Quarter> coveredQuarters() {
        return year().quarters().subList(0, quarter.number());
    }

    /** The financial year before, if there is one on the calendar this service handles. */
    Optional<FinancialYear> previousYear() {
        try {
            return Optional.of(new FinancialYear(year().startYear() - 1));
        } catch (IllegalArgumentException beforeTheFirst) {
            return Optional.empty();
        }
    }

    /** {@code Q1-Q2}, or {@code Q1} alone. */
    String quarterRange() {
        return quarter.number() == 1 ? "Q1" : "Q1-Q" + quarter.number();
    }
}
