package uk.bcf.ledger.query.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.query.performance.CurrentFigure;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Periods;

/**
 * The {@code plan_figure} and {@code actual_figure} read tables: the current version of every figure. Every
 * write is guarded by the figure's version, so replaying an event that is already applied changes nothing.
 */
@Repository
public class FigureTables {

    private final JdbcClient jdbc;

    public FigureTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertPlan(FigureEvent event, Measurement measurement) {
        jdbc.sql("""
                        insert into read_model.plan_figure (board_code, metric, period, financial_year, value, numerator,
                            denominator, per_day, version, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (board_code, metric, period) do update
                        set value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
                            per_day = excluded.per_day, version = excluded.version, recorded_by = excluded.recorded_by,
                            recorded_at = excluded.recorded_at
                        where read_model.plan_figure.version < excluded.version""")
                .params(event.boardCode(), event.metric(), event.period().code(), event.period().financialYear().code(),
                        measurement.value(), measurement.numerator(), measurement.denominator(), measurement.perDay(),
                        event.version(), event.provenance().recordedBy(), event.provenance().recordedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    void upsertActual(FigureEvent event, Measurement measurement) {
        jdbc.sql("""
                        insert into read_model.actual_figure (board_code, metric, period, financial_year, value, numerator,
                            denominator, source, withdrawn, version, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)
                        on conflict (board_code, metric, period) do update
                        set value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
                            source = excluded.source, withdrawn = false, version = excluded.version,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        where read_model.actual_figure.version < excluded.version""")
                .params(event.boardCode(), event.metric(), event.period().code(), event.period().financialYear().code(),
                        measurement.value(), measurement.numerator(), measurement.denominator(), event.provenance().source(),
                        event.version(), event.provenance().recordedBy(), event.provenance().recordedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    void markActualWithdrawn(FigureEvent event) {
        jdbc.sql("""
                        update read_model.actual_figure
                        set withdrawn = true, version = ?, recorded_by = ?, recorded_at = ?
                        where board_code = ? and metric = ? and period = ? and version < ?""")
                .params(event.version(), event.provenance().recordedBy(), event.provenance().recordedAt().atOffset(ZoneOffset.UTC),
                        event.boardCode(), event.metric(), event.period().code(), event.version())
                .update();
    }

    public List<CurrentFigure> plansOf(String boardCode, FinancialYear year) {
        return jdbc.sql("""
                        select metric, period, value, numerator, denominator, per_day from read_model.plan_figure
                        where board_code = ? and financial_year = ?""")
                .params(boardCode, year.code())
                .query(FigureTables::currentFigure)
                .list();
    }

    public List<CurrentFigure> actualsOf(String boardCode, FinancialYear year) {
        return jdbc.sql("""
                        select metric, period, value, numerator, denominator, null as per_day from read_model.actual_figure
                        where board_code = ? and financial_year = ? and not withdrawn""")
                .params(boardCode, year.code())
                .query(FigureTables::currentFigure)
                .list();
    }

    /** The financial years for which the board has any plan or actual, newest first. */
    public List<String> yearsOf(String boardCode) {
        return jdbc.sql("""
                        select financial_year from read_model.plan_figure where board_code = ?
                        union
                        select financial_year from read_model.actual_figure where board_code = ?
                        order by financial_year desc""")
                .params(boardCode, boardCode)
                .query(String.class)
                .list();
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.plan_figure").update();
        jdbc.sql("delete from read_model.actual_figure").update();
    }

    private static CurrentFigure currentFigure(ResultSet row, int rowNumber) throws SQLException {
        return new CurrentFigure(row.getString("metric"), Periods.parse(row.getString("period")),
                new Measurement(row.getBigDecimal("value"), nullableLong(row, "numerator"), nullableLong(row, "denominator"),
                        row.getBigDecimal("per_day")));
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
