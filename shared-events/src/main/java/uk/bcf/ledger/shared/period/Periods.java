package uk.bcf.ledger.shared.period;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the text forms of {@link Period}: {@code 2019-04}, {@code 2019-20-Q1} and {@code 2019-20}. */
public final class Periods {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4}-\\d{2})-Q(\\d)");

    private Periods() {}

    /**
     * Reads a period. {@code YYYY-NN} is a financial year when NN is the following year ({@code 2019-20}) and a
     * month otherwise ({@code 2019-04}). The two readings can only collide for financial years 2008-09 to
     * 2011-12, which are read as financial years; the BCF began in 2015-16.
     *
     * @throws InvalidPeriodException when the text is none of the three forms
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPeriodException(text, "a period is required");
        }
        String trimmed = text.trim();
        Matcher quarter = QUARTER.matcher(trimmed);
        if (quarter.matches()) {
            int number = Integer.parseInt(quarter.group(2));
            if (number < 1 || number > 4) {
                throw new InvalidPeriodException(text, "a quarter is Q1 to Q4");
            }
            return new Quarter(financialYear(quarter.group(1)), number);
        }
        Matcher year = YEAR.matcher(trimmed);
        if (year.matches() && isFollowingYear(year)) {
            return financialYear(trimmed);
        }
        Matcher month = MONTH.matcher(trimmed);
        if (month.matches()) {
            try {
                return new Month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
            } catch (DateTimeException e) {
                throw new InvalidPeriodException(text, "the month must be 01 to 12");
            } catch (IllegalArgumentException e) {
                throw new InvalidPeriodException(text, e.getMessage());
            }
        }
        throw new InvalidPeriodException(
                text, "expected a month (2019-04), a quarter (2019-20-Q1) or a financial year (2019-20)");
    }

    /** The first financial year a request may name: 2000-01. */
    public static final int FIRST_REQUESTED_YEAR = 2000;

    /**
     * The last financial year a request may name: 2049-50. The BCF began in 2015-16; plans look a few years ahead
     * at most, and a later year is a mistake or a probe (stored data keeps the wider range the types allow).
     */
    public static final int LAST_REQUESTED_YEAR = 2049;

    /**
     * Reads a period a request names, as {@link #parse(String)}, within the financial years 2000-01 to 2049-50.
     *
     * @throws InvalidPeriodException when malformed or outside those years
     */
    public static Period requested(String text) {
        Period period = parse(text);
        requireRequestable(text, period.financialYear());
        return period;
    }

    /**
     * Reads a financial year a request names, as {@link #financialYear(String)}, from 2000-01 to 2049-50.
     *
     * @throws InvalidPeriodException when malformed or outside those years
     */
    public static FinancialYear requestedFinancialYear(String text) {
        FinancialYear year = financialYear(text);
        requireRequestable(text, year);
        return year;
    }

    private static void requireRequestable(String text, FinancialYear year) {
        if (year.startYear() < FIRST_REQUESTED_YEAR || year.startYear() > LAST_REQUESTED_YEAR) {
            throw new InvalidPeriodException(text, "periods from 2000-01 to 2049-50 only");
        }
    }

    /** Reads a financial year such as {@code 2019-20}. */
    public static FinancialYear financialYear(String text) {
        Matcher year = text == null ? null : YEAR.matcher(text.trim());
        if (year == null || !year.matches() || !isFollowingYear(year)) {
            throw new InvalidPeriodException(text, "expected a financial year such as 2019-20");
        }
        try {
            return new FinancialYear(Integer.parseInt(year.group(1)));
        } catch (IllegalArgumentException e) {
            throw new InvalidPeriodException(text, e.getMessage());
        }
    }

    private static boolean isFollowingYear(Matcher yearMatcher) {
        int start = Integer.parseInt(yearMatcher.group(1));
        return Integer.parseInt(yearMatcher.group(2)) == (start + 1) % 100;
    }
}
