package uk.bcf.ledger.query.projection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * One row of {@code figure_version}: a version of a plan or actual and the system time in which it was the one
 * known.
 *
 * @param systemFrom when it was stored
 * @param systemTo   when the next version was stored, or null while it is the latest
 * @param rate       the figure as printed, when given as a rate per 100,000
 * @param percent    the figure as printed, when given as a percentage
 * @param mean       the figure as printed, when given as a mean
 * @param published  the figure as published, when one was noted on the version
 */
public record FigureVersionRow(
        int version,
        String change,
        BigDecimal value,
        Long numerator,
        Long denominator,
        BigDecimal perDay,
        BigDecimal rate,
        BigDecimal percent,
        BigDecimal mean,
        boolean withdrawn,
        String recordedBy,
        String source,
        String reason,
        String eventId,
        Instant systemFrom,
        Instant systemTo,
        PublishedFigure published) {

    /** The version's figure in the form it was given. */
    public Measurement measurement() {
        return new Measurement(value, numerator, denominator, perDay, rate, percent, mean);
    }

    static FigureVersionRow read(ResultSet row, int rowNumber) throws SQLException {
        return new FigureVersionRow(
                row.getInt("version"),
                row.getString("change"),
                row.getBigDecimal("value"),
                Columns.nullableLong(row, "numerator"),
                Columns.nullableLong(row, "denominator"),
                row.getBigDecimal("per_day"),
                row.getBigDecimal("rate"),
                row.getBigDecimal("percent"),
                row.getBigDecimal("mean"),
                row.getBoolean("withdrawn"),
                row.getString("recorded_by"),
                row.getString("source"),
                row.getString("reason"),
                row.getString("event_id"),
                SystemTime.instant(row, "system_from"),
                SystemTime.instant(row, "system_to"),
                PublishedFigure.read(row));
    }
}
