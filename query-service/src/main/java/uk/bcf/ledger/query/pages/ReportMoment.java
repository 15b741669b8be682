package uk.bcf.ledger.query.pages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import uk.bcf.ledger.query.http.AsOfParameter;

/**
 * The moment the report page shows, as its moment picker chose it: as known now, as presented at one of the year's
 * sign-offs, or as known at the end of a day (UK time). A choice that cannot be used (no sign-off chosen, a day that
 * is not a date or not a real one) is kept with the field at fault and why, so that the page can show the error on
 * the picker; the report is then shown as known now.
 *
 * @param asOf    the {@code asOf} of the report's query and its downloads, or null for now
 * @param words   which moment it is, in words ("as presented at the Q2 2019-20 sign-off")
 * @param field   the picker's field at fault, or null when the choice can be used
 * @param error   what is wrong with it, as a sentence for the error summary, or null
 */
record ReportMoment(String asOf, String words, String field, String error) {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ReportMoment NOW = new ReportMoment(null, "as known now", null, null);

    static ReportMoment chosen(String moment, String signOff, String date) {
        return switch (moment) {
            case "now" -> NOW;
            case "sign-off" -> atSignOff(signOff);
            case "date" -> atEndOf(date);
            default ->
                refused("moment", "Choose how to show the report: as known now, at a sign-off or at the end of a day");
        };
    }

    boolean valid() {
        return field == null;
    }

    private static ReportMoment atSignOff(String signOff) {
        if (signOff == null || signOff.isBlank()) {
            return refused("signOff", "Choose the sign-off to show the report as presented at");
        }
        return new ReportMoment(
                AsOfParameter.SIGN_OFF_PREFIX + signOff.strip(),
                "as presented at the " + PeriodWords.of(signOff.strip()) + " sign-off",
                null,
                null);
    }

    private static ReportMoment atEndOf(String date) {
        String text = date == null ? "" : date.strip();
        if (text.isEmpty()) {
            return refused("date", "Enter the day to show the report at, for example 2019-11-21");
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return new ReportMoment(
                    day.plusDays(1).atStartOfDay(UK).toInstant().minusSeconds(1).toString(),
                    "as known at the end of " + MomentCaption.DATE.format(day),
                    null,
                    null);
        } catch (DateTimeParseException notADate) {
            return refused(
                    "date",
                    DATE_SHAPE.matcher(text).matches()
                            ? "Day must be a real date, for example 2019-11-21"
                            : "Day must be written as year-month-day, for example 2019-11-21");
        }
    }

    private static ReportMoment refused(String field, String error) {
        return new ReportMoment(null, NOW.words(), field, error);
    }
}
