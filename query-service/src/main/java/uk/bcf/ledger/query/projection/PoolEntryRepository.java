package uk.bcf.ledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.period.FinancialYear;

/** Reads {@code pool_entry_version}: a board's pool for a year as of a moment, and the history of one line. */
@Repository
public class PoolEntryRepository {

    private static final String COLUMNS = """
            e.kind, e.entry_key, e.version, e.change, e.withdrawn, e.body::text as body, e.recorded_by, e.reason,
            e.system_from, e.system_to""";

    private final JdbcClient jdbc;

    PoolEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of every entry valid at the moment, withdrawn ones included, in order of kind and key. */
    public List<PoolEntryRow> validAt(String boardCode, FinancialYear year, AsOf asOf) {
        return jdbc.sql("select " + COLUMNS + " from read_model.pool_entry_version e"
                        + " where e.board_code = :board and e.financial_year = :year and "
                        + SystemTime.validAt("e", "at", asOf)
                        + " order by e.kind, length(e.entry_key), e.entry_key")
                .param("board", boardCode)
                .param("year", year.code())
                .param("at", SystemTime.bound(asOf))
                .query(PoolEntryRepository::row)
                .list();
    }

    /** Every version of a line and of its quarters' spend known at the moment, oldest first. */
    public List<PoolEntryRow> lineHistory(String boardCode, FinancialYear year, String lineId, AsOf asOf) {
        return jdbc.sql("select " + COLUMNS + " from read_model.pool_entry_version e"
                        + " where e.board_code = :board and e.financial_year = :year"
                        + " and ((e.kind = 'line' and e.entry_key = :line)"
                        + "      or (e.kind = 'spend' and e.entry_key like :spend)) and "
                        + SystemTime.knownAt("e", "at", asOf)
                        + " order by e.system_from, e.kind, e.entry_key, e.version")
                .param("board", boardCode)
                .param("year", year.code())
                .param("line", lineId)
                .param("spend", lineId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%")
                .param("at", SystemTime.bound(asOf))
                .query(PoolEntryRepository::row)
                .list();
    }

    private static PoolEntryRow row(ResultSet row, int number) throws SQLException {
        return new PoolEntryRow(
                row.getString("kind"),
                row.getString("entry_key"),
                row.getInt("version"),
                PoolEntryChange.of(row.getString("change")),
                row.getBoolean("withdrawn"),
                row.getString("body"),
                row.getString("recorded_by"),
                row.getString("reason"),
                SystemTime.instant(row, "system_from"),
                SystemTime.instant(row, "system_to"));
    }
}
