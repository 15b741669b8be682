package uk.bcf.ledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The system-time axis in SQL. A version row is <em>valid at</em> T when {@code system_from <= T < system_to}
 * (an open row, {@code system_to} null, from its {@code system_from} on), and <em>known at</em> T when
 * {@code system_from <= T}. "Now" is the open rows, so the present needs no clock. Instants are truncated to
 * microseconds, PostgreSQL's precision, so that a comparison means the same in SQL as in Java.
 */
final class SystemTime {

    private SystemTime() {}

    /** The condition that the row of {@code alias} is valid at the moment bound to {@code :parameter}. */
    static String validAt(String alias, String parameter, AsOf asOf) {
        if (asOf.isNow()) {
            return alias + ".system_to is null";
        }
        return "%1$s.system_from <= :%2$s and (%1$s.system_to is null or %1$s.system_to > :%2$s)"
                .formatted(alias, parameter);
    }

    /** The condition that the row of {@code alias} was stored by the moment bound to {@code :parameter}. */
    static String knownAt(String alias, String parameter, AsOf asOf) {
        return asOf.isNow() ? "true" : "%s.system_from <= :%s".formatted(alias, parameter);
    }

    /** The value to bind for a moment; null for now, whose conditions bind nothing. */
    static OffsetDateTime bound(AsOf asOf) {
        return asOf.isNow() ? null : column(asOf.instant());
    }

    static OffsetDateTime column(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
