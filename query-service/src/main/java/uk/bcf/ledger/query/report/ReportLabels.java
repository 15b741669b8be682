package uk.bcf.ledger.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import uk.bcf.ledger.shared.metric.Direction;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * How board reports name quarters, years, periods, dates and moments ({@link MonthLabels} for months); dates and
 * moments are in UK local time.
 */
final class ReportLabels {

    static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(
                    "HH:mm:ss z 'on' d MMMM yyyy", Locale.ENGLISH)
            .withZone(UK_TIME);

    private ReportLabels() {}

    /** {@code 21 November 2019}. */
    static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** The UK date of a moment. */
    static String date(Instant instant) {
        return date(instant.atZone(UK_TIME).toLocalDate());
    }

    /** {@code 17:00:00 GMT on 21 November 2019}. */
    static String moment(Instant instant) {
        return MOMENT.format(instant);
    }

    /** {@code Q1 (Apr 19 - Jun 19)}. */
    static String quarterColumn(Quarter quarter) {
        return "Q" + quarter.number() + " ("
                + MonthLabels.shortLabel(quarter.months().get(0)) + " - " + MonthLabels.shortLabel(quarter.lastMonth())
                + ")";
    }

    /** {@code 19/20}. */
    static String shortYear(FinancialYear year) {
        return "%02d/%02d".formatted(year.startYear() % 100, (year.startYear() + 1) % 100);
    }

    /** {@code Quarter 1}, {@code Quarter 1 and Quarter 2}, {@code Quarter 1, Quarter 2 and Quarter 3}. */
    static String quartersCovered(Quarter upTo) {
        List<String> names = IntStream.rangeClosed(1, upTo.number())
                .mapToObj(n -> "Quarter " + n)
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A period within its year: {@code Aug-19}, {@code Q2}, {@code 2019-20}. */
    static String shortPeriod(Period period) {
        if (period instanceof Month month) {
            return MonthLabels.row(month);
        }
        return period instanceof Quarter quarter ? "Q" + quarter.number() : period.code();
    }

    /** {@code lower is better} or {@code higher is better}. */
    static String betterWay(Direction direction) {
        return direction == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
    }

    /** A period as a report names it: {@code Aug-19}, {@code Q2 2019-20}, {@code 2019-20}. */
    static String period(Period period) {
        if (period instanceof Month month) {
            return MonthLabels.row(month);
        }
        if (period instanceof Quarter quarter) {
            return "Q" + quarter.number() + " " + quarter.financialYear().code();
        }
        return period.code();
    }
}
