package uk.bcf.ledger.query.report;

import java.time.LocalDate;
import java.time.YearMonth;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * When a missing figure is expected, from the metric's publication lag and the report's cut-off date. A month is
 * published in the month its lag after it ({@code Sep 19} with a lag of 2: {@code Published in Nov 19}); a quarter
 * is available at the end of the month its lag after its last month ({@code Q2} with a lag of 3: {@code the end of
 * December 19}). A figure whose publication had come by the cut-off and is still missing is {@code Not recorded}.
 */
final class PublicationSchedule {

    static final String NOT_RECORDED = "Not recorded";

    private final int lagMonths;
    private final LocalDate cutOff;

    PublicationSchedule(int lagMonths, LocalDate cutOff) {
        this.lagMonths = lagMonths;
        this.cutOff = cutOff;
    }

    /** The month a month's figure is published in. */
    Month publicationMonth(Month month) {
        return month.plusMonths(lagMonths);
    }

    /** The month at whose end a quarter's figure becomes available. */
    Month availabilityMonth(Quarter quarter) {
        return quarter.lastMonth().plusMonths(lagMonths);
    }

    /** What a month without a figure shows: its publication month unless that was before the cut-off month. */
    String missingMonth(Month month) {
        Month publication = publicationMonth(month);
        return publication.yearMonth().isBefore(YearMonth.from(cutOff))
                ? NOT_RECORDED
                : "Published in " + MonthLabels.shortLabel(publication);
    }

    /** What a year without an outturn shows: when it becomes available, unless that was by the cut-off. */
    String missingYear(FinancialYear year) {
        return missingQuarter(year.quarters().get(year.quarters().size() - 1));
    }

    /** What a quarter without a figure shows: when it becomes available, unless that was by the cut-off. */
    String missingQuarter(Quarter quarter) {
        Month available = availabilityMonth(quarter);
        return available.yearMonth().atEndOfMonth().isAfter(cutOff)
                ? "Not available until the end of " + MonthLabels.longLabel(available)
                : NOT_RECORDED;
    }
}
