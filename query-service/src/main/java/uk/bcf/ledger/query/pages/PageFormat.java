package uk.bcf.ledger.query.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
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

    public String period(String code) {
        return PeriodWords.of(code);
    }

    public String moment(Object instant) {
        if (instant == null) {
            return "";
        }
        return MOMENT.format(instant instanceof Instant at ? at : Instant.parse(instant.toString()));
    }

    /** A status code such as {@code off_track} in words: {@code off track}. */
    public String status(Object status) {
        return status == null ? "" : status.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
