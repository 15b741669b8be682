package uk.bcf.ledger.query.http;

import java.time.Instant;
import java.util.Optional;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.SignOffRow;

/**
 * A moment a request reads as of, resolved: the point on the system-time axis, and the sign-off it was named by,
 * if it was.
 *
 * @param asOf    the moment; {@link AsOf#now()} for the latest
 * @param signOff the sign-off whose moment it is, or null
 */
public record Moment(AsOf asOf, SignOffRow signOff) {

    public static final Moment NOW = new Moment(AsOf.now(), null);

    public static Moment at(Instant instant) {
        return new Moment(AsOf.at(instant), null);
    }

    public static Moment signedOff(SignOffRow signOff) {
        return new Moment(AsOf.at(signOff.recordedAt()), signOff);
    }

    public Optional<SignOffRow> signedOff() {
        return Optional.ofNullable(signOff);
    }
}
