package uk.bcf.ledger.query.pages;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.bcf.ledger.query.http.Moment;

/**
 * Says in words which moment a page shows: {@code as known now}, {@code as known at 21 November 2019 17:00:00 UTC},
 * or {@code as presented at the sign-off of 2019-20-Q2 on 21 November 2019}.
 */
final class MomentCaption {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

    private MomentCaption() {}

    static String of(Moment moment) {
        if (moment.asOf().isNow()) {
            return "as known now";
        }
        return moment.signedOff()
                .map(signOff -> "as presented at the sign-off of "
                        + signOff.period().code() + " on " + DATE.format(signOff.meetingDate()))
                .orElseGet(() -> "as known at " + INSTANT.format(moment.asOf().instant()));
    }
}
