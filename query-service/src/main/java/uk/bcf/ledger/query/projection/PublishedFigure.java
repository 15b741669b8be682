package uk.bcf.ledger.query.projection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A figure as printed in a published report, noted on the version it was imported with; {@link #NONE} (all null)
 * for a version stored without one.
 *
 * @param publishedValue the figure as printed
 * @param computedValue  what the version's components give, rounded as the metric shows it
 * @param discrepancy    whether the two disagree beyond the metric's display rounding
 */
public record PublishedFigure(BigDecimal publishedValue, BigDecimal computedValue, Boolean discrepancy) {

    public static final PublishedFigure NONE = new PublishedFigure(null, null, null);

    static PublishedFigure read(ResultSet row) throws SQLException {
        BigDecimal published = row.getBigDecimal("published_value");
        return published == null
                ? NONE
                : new PublishedFigure(published, row.getBigDecimal("computed_value"), row.getBoolean("discrepancy"));
    }
}
