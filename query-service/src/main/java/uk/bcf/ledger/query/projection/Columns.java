package uk.bcf.ledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads nullable number columns, which JDBC's primitive getters would turn into zero. */
final class Columns {

    private Columns() {}

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
