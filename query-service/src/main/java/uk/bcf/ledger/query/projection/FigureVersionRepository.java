package uk.bcf.ledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;

/**
 * Reads plans and actuals as they were known at a moment ({@link AsOf#now()} for the latest): the version of each
 * figure valid then, and a figure's versions stored by then. The present and the past share every query.
 */
@Repository
public class FigureVersionRepository {

    private final JdbcClient jdbc;

    public FigureVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plans and actuals of a board's year valid at the moment, leaving out withdrawn actuals. */
    public List<CurrentFigure> figuresOf(String boardCode, FigureKind kind, FinancialYear year, AsOf asOf) {
        return jdbc.sql("""
                        select f.metric, f.period, f.value, f.numerator, f.denominator, f.per_day, f.rate, f.percent,
                               f.mean, f.published_value, f.computed_value, f.discrepancy
                        from read_model.figure_version f
                        where f.board_code = :board and f.financial_year = :year and f.kind = :kind
                          and %s and not f.withdrawn""".formatted(SystemTime.validAt("f", "asOf", asOf)))
                .param("board", boardCode)
                .param("year", year.code())
                .param("kind", kind.code())
                .param("asOf", SystemTime.bound(asOf))
                .query(FigureVersionRepository::currentFigure)
                .list();
    }

    /** Every version of one figure stored by the moment, oldest first; empty when there was none. */
    public List<FigureVersionRow> historyOf(
            String boardCode, FigureKind kind, String metric, Period period, AsOf asOf) {
        return jdbc.sql("""
                        select * from read_model.figure_version f
                        where f.board_code = :board and f.kind = :kind and f.metric = :metric and f.period = :period
                          and %s
                        order by f.version""".formatted(SystemTime.knownAt("f", "asOf", asOf)))
                .param("board", boardCode)
                .param("kind", kind.code())
                .param("metric", metric)
                .param("period", period.code())
                .param("asOf", SystemTime.bound(asOf))
                .query(FigureVersionRow::read)
                .list();
    }

    /** Every version of each plan or actual of a board's year stored by the moment, in one query. */
    public FigureHistoryIndex historiesOf(String boardCode, FigureKind kind, FinancialYear year, AsOf asOf) {
        Map<FigureHistoryIndex.Figure, List<FigureVersionRow>> histories = new HashMap<>();
        jdbc.sql("""
                        select * from read_model.figure_version f
                        where f.board_code = :board and f.financial_year = :year and f.kind = :kind and %s
                        order by f.metric, f.period, f.version""".formatted(SystemTime.knownAt("f", "asOf", asOf)))
                .param("board", boardCode)
                .param("year", year.code())
                .param("kind", kind.code())
                .param("asOf", SystemTime.bound(asOf))
                .query((RowCallbackHandler) row -> histories
                        .computeIfAbsent(
                                new FigureHistoryIndex.Figure(
                                        row.getString("metric"), Periods.parse(row.getString("period"))),
                                figure -> new ArrayList<>())
                        .add(FigureVersionRow.read(row, 0)));
        return new FigureHistoryIndex(histories);
    }

    /** The financial years for which the board has any plan or actual, newest first. */
    public List<String> yearsOf(String boardCode) {
        return jdbc.sql("""
                        select distinct financial_year from read_model.figure_version where board_code = ?
                        order by financial_year desc""").param(boardCode).query(String.class).list();
    }

    private static CurrentFigure currentFigure(ResultSet row, int rowNumber) throws SQLException {
        return new CurrentFigure(
                row.getString("metric"),
                Periods.parse(row.getString("period")),
                new Measurement(
                        row.getBigDecimal("value"),
                        Columns.nullableLong(row, "numerator"),
                        Columns.nullableLong(row, "denominator"),
                        row.getBigDecimal("per_day"),
                        row.getBigDecimal("rate"),
                        row.getBigDecimal("percent"),
                        row.getBigDecimal("mean")),
                PublishedFigure.read(row));
    }
}
