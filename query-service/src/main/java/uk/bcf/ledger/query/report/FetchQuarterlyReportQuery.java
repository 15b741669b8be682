package uk.bcf.ledger.query.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.bcf.ledger.query.http.AsOfParameter;
import uk.bcf.ledger.query.http.RequestParameters;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Quarter;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Asks for a board's quarterly report, its request's parameters read.
 *
 * @param boardCode the board
 * @param quarter   the latest quarter to cover
 * @param asOf      the {@code asOf} parameter
 * @param cutOff    the {@code cutoff} parameter, or null for the default
 */
public record FetchQuarterlyReportQuery(String boardCode, Quarter quarter, AsOfParameter asOf, LocalDate cutOff) {

    private static final Pattern QUARTER = Pattern.compile("Q([1-4])");

    /**
     * The query a report request's text parameters ask for.
     *
     * @throws Refusal 400 naming {@code fy}, {@code quarter}, {@code cutoff} or {@code asOf} when malformed
     */
    public static FetchQuarterlyReportQuery of(
            String boardCode, String fy, String quarter, String asOf, String cutOff) {
        FinancialYear year = RequestParameters.financialYear(fy);
        Matcher number = QUARTER.matcher(quarter);
        if (!number.matches()) {
            throw Refusal.invalid("quarter", "'" + quarter + "' is not a quarter: Q1 to Q4");
        }
        LocalDate day = date(cutOff);
        return new FetchQuarterlyReportQuery(
                boardCode, year.quarter(Integer.parseInt(number.group(1))), AsOfParameter.optional("asOf", asOf), day);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("cutoff", "'" + text + "' is not an ISO date such as 2019-11-21");
        }
        if (day.getYear() < 2000 || day.getYear() > 2100) {
            throw Refusal.invalid("cutoff", "a day from the year 2000 to 2100 only");
        }
        return day;
    }
}
