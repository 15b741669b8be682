package uk.bcf.ledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Finds the figures of a board whose version changed between two moments: each figure that had a version valid at
 * {@code since} and has a newer one valid at {@code asOf}. A figure first stored after {@code since} did not
 * exist then, so it has no old version and is not listed.
 */
@Repository
public class RestatementRepository {

    private final JdbcClient jdbc;

    public RestatementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The changed figures, by kind, metric and period. */
    public List<RestatementRow> between(String boardCode, Instant since, AsOf asOf) {
        return changes(boardCode, null, since, asOf);
    }

    /** The changed figures of one financial year (read through the board's year index), by kind, metric and period. */
    public List<RestatementRow> between(String boardCode, FinancialYear year, Instant since, AsOf asOf) {
        return changes(boardCode, year, since, asOf);
    }

    private List<RestatementRow> changes(String boardCode, FinancialYear year, Instant since, AsOf asOf) {
        return jdbc.sql("""
                        select known.kind, known.metric, known.period,
                               known.version as old_version, known.value as old_value,
                               known.numerator as old_numerator, known.denominator as old_denominator,
                               latest.version as new_version, latest.value as new_value,
                               latest.numerator as new_numerator, latest.denominator as new_denominator,
                               latest.withdrawn as new_withdrawn, latest.recorded_by, latest.system_from, latest.reason
                        from read_model.figure_version known
                        join read_model.figure_version latest
                          on latest.board_code = known.board_code and latest.kind = known.kind
                         and latest.metric = known.metric and latest.period = known.period
                         and latest.version > known.version
                        where known.board_code = :board and %s and %s and %s
                        order by known.kind, known.metric, known.period""".formatted(
                                year == null ? "true" : "known.financial_year = :year",
                                SystemTime.validAt("known", "since", AsOf.at(since)),
                                SystemTime.validAt("latest", "asOf", asOf)))
                .param("board", boardCode)
                .param("year", year == null ? null : year.code())
                .param("since", SystemTime.column(since))
                .param("asOf", SystemTime.bound(asOf))
                .query(RestatementRepository::restatement)
                .list();
    }

    private static RestatementRow restatement(ResultSet row, int rowNumber) throws SQLException {
        return new RestatementRow(
                FigureKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                row.getString("metric"),
                row.getString("period"),
                row.getInt("old_version"),
                row.getBigDecimal("old_value"),
                Columns.nullableLong(row, "old_numerator"),
                Columns.nullableLong(row, "old_denominator"),
                row.getInt("new_version"),
                row.getBigDecimal("new_value"),
                Columns.nullableLong(row, "new_numerator"),
                Columns.nullableLong(row, "new_denominator"),
                row.getBoolean("new_withdrawn"),
                row.getString("recorded_by"),
                SystemTime.instant(row, "system_from"),
                row.getString("reason"));
    }
}
