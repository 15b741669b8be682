package uk.bcf.ledger.query.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How pages write numbers, periods and moments ({@code ${@pageFormat.number(row.value)}}): thousands separated as
 * documents print them (19,746), with the decimals the figure has; periods in words; moments in UK time.
 */
@Component("pageFormat")
public class PageFormat {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss z", Locale.UK).withZone(ZoneId.of("Europe/London"));

    public String number(Object value) {
        if (value == null) {
            return "";
        }
        BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(Math.max(0, number.scale()));
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }

    /** An amount in pounds as documents print it: {@code £1,721,065}, {@code -£6,313.50}; empty when there is none. */
    public String pounds(Object value) {
        if (value == null) {
            return "";
        }
        return uk.bcf.ledger.query.pool.Pounds.text(
                value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }

    public String period(String code) {
        return PeriodWords.of(code);
    }

    /** A day in words: {@code 21 November 2019}; empty when there is none. */
    public String date(LocalDate day) {
        return day == null ? "" : MomentCaption.DATE.format(day);
    }

    public String moment(Object instant) {
        if (instant == null) {
            return "";
        }
        return MOMENT.format(instant instanceof Instant at ? at : Instant.parse(instant.toString()));
    }

    /** A measurement as an import's report gives it ({@code value}, or {@code numerator}/{@code denominator}, or {@code perDay}). */
    public String measurement(Object measurement) {
        if (!(measurement instanceof java.util.Map<?, ?> fields)) {
            return "";
        }
        if (fields.get("numerator") != null && fields.get("denominator") != null) {
            String ratio = number(fields.get("numerator")) + " / " + number(fields.get("denominator"));
            return fields.get("value") == null ? ratio : number(fields.get("value")) + " (" + ratio + ")";
        }
        if (fields.get("perDay") != null) {
            return number(fields.get("perDay")) + " per day";
        }
        return number(fields.get("value"));
    }

    /** Whether a key is a period's code (a report row's key may be a year's total or a label instead). */
    public boolean isPeriod(String key) {
        return key != null && !PeriodWords.of(key).equals(key);
    }

    /** A status code such as {@code off_track} in words: {@code off track}. */
    public String status(Object status) {
        return status == null ? "" : status.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
