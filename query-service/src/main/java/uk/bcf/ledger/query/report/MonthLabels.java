package uk.bcf.ledger.query.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Periods;

/**
 * How board reports name months: English three-letter abbreviations ({@code Sep}, never the {@code Sept} of the
 * British locale data of recent JDKs) and two-digit years.
 */
final class MonthLabels {

    private static final DateTimeFormatter ROW = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yy", Locale.ENGLISH);

    private MonthLabels() {}

    /** {@code Apr-19}, as a table row. */
    static String row(Month month) {
        return month.yearMonth().format(ROW);
    }

    /** {@code Nov 19}. */
    static String shortLabel(Month month) {
        return month.shortLabel();
    }

    /** {@code December 19}. */
    static String longLabel(Month month) {
        return month.yearMonth().format(LONG);
    }

    /** The months behind a partial figure, from their codes: {@code Jul & Aug}, {@code Apr, May & Jun}. */
    static String list(List<String> monthCodes) {
        List<String> names = monthCodes.stream()
                .map(code -> ((Month) Periods.parse(code)).yearMonth().format(NAME))
                .toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.get(names.size() - 1);
    }
}
