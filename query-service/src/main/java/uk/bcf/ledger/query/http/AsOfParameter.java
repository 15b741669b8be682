package uk.bcf.ledger.query.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.period.Quarter;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The moment a request names ({@code asOf}, {@code since}), read but not yet looked up: nothing (now), an ISO-8601
 * instant with its offset ({@code 2019-11-21T17:00:00Z}) from the year 2000 to 2100, or {@code sign-off:<quarter>} ({@code sign-off:2019-20-Q2}),
 * which stands for the moment the board's sign-off of that quarter was stored. Queries carry it as asked; their
 * handlers turn it into a {@link Moment} with {@link AsOfResolver}, in the transaction of the read.
 */
public sealed interface AsOfParameter permits AsOfParameter.Now, AsOfParameter.AtInstant, AsOfParameter.AtSignOff {

    /** The accepted forms, as told in the API documentation and in refusals. */
    String FORMS =
            "an ISO-8601 instant such as 2019-11-21T17:00:00Z, " + "or sign-off:<quarter> such as sign-off:2019-20-Q2";

    /** How an optional {@code asOf} parameter is described in the API documentation. */
    String DESCRIPTION = "the moment to read as of, now when absent: " + FORMS;

    String SIGN_OFF_PREFIX = "sign-off:";

    /** The earliest moment a request may name. */
    Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** The moment after the latest a request may name (moments up to the end of 2100). */
    Instant AFTER_LATEST = Instant.parse("2101-01-01T00:00:00Z");

    /** No moment given: the latest state. */
    AsOfParameter NOW = new Now();

    /** No moment given: the latest state. */
    record Now() implements AsOfParameter {}

    /** A moment given as an instant. */
    record AtInstant(Instant instant) implements AsOfParameter {}

    /** A moment given as the sign-off of a quarter, still to be looked up. */
    record AtSignOff(Quarter quarter) implements AsOfParameter {}

    /** The moment of an optional parameter: {@link #NOW} when absent or blank. */
    static AsOfParameter optional(String field, String text) {
        return text == null || text.isBlank() ? NOW : parse(field, text);
    }

    /**
     * The moment of a parameter that must be given.
     *
     * @throws Refusal (400, naming {@code field}) when it is absent, blank or malformed
     */
    static AsOfParameter required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, "required: " + FORMS);
        }
        return parse(field, text);
    }

    /** The parameter that names a moment already resolved: now, or its instant. */
    static AsOfParameter of(AsOf asOf) {
        return asOf.isNow() ? NOW : new AtInstant(asOf.instant());
    }

    /**
     * @throws Refusal (400, naming {@code field}) when the text is neither form
     */
    static AsOfParameter parse(String field, String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith(SIGN_OFF_PREFIX)) {
            return new AtSignOff(quarter(field, trimmed.substring(SIGN_OFF_PREFIX.length())));
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "'" + text + "' is not " + FORMS);
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST)) {
            throw Refusal.invalid(field, "a moment from the year 2000 to 2100 only");
        }
        return new AtInstant(instant);
    }

    private static Quarter quarter(String field, String text) {
        try {
            Period period = Periods.requested(text);
            if (period instanceof Quarter quarter) {
                return quarter;
            }
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid(field, "sign-off:" + e.getMessage());
        }
        throw Refusal.invalid(field, "a sign-off is of a quarter, such as 2019-20-Q2, not '" + text + "'");
    }
}
