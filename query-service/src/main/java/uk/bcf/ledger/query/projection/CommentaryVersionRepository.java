package uk.bcf.ledger.query.projection;

import static uk.bcf.ledger.query.projection.ProjectionStatement.closingEarlierRows;
import static uk.bcf.ledger.query.projection.ProjectionStatement.newRows;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * The {@code commentary_version} table: every version of every commentary, written like figure versions
 * (insert if absent, close earlier versions at this one's system time) and read as of a moment.
 */
@Repository
public class CommentaryVersionRepository {

    private static final ProjectionStatement INSERT = newRows("""
            insert into read_model.commentary_version (board_code, metric, period, financial_year, version, text,
                recorded_by, event_id, system_from, system_to)
            values (:board, :metric, :period, :year, :version, :text, :recordedBy, :eventId, :from,
                (select later.system_from from read_model.commentary_version later
                 where later.board_code = :board and later.metric = :metric and later.period = :period
                   and later.version > :version
                 order by later.version limit 1))
            on conflict do nothing""");
    private static final ProjectionStatement CLOSE_EARLIER = closingEarlierRows("""
            update read_model.commentary_version set system_to = :from
            where board_code = :board and metric = :metric and period = :period and version < :version
              and (system_to is null or system_to > :from)""");

    private final ProjectionWriter writes;
    private final JdbcClient jdbc;

    CommentaryVersionRepository(ProjectionWriter writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    void append(CommentaryWrittenEvent event, StoredEvent stored) {
        MapSqlParameterSource keyed = new MapSqlParameterSource()
                .addValue("board", event.boardCode())
                .addValue("metric", event.metric())
                .addValue("period", event.period().code())
                .addValue("version", event.version())
                .addValue("from", SystemTime.column(stored.storedAt()));
        writes.run(
                event.boardCode(),
                INSERT,
                new MapSqlParameterSource(keyed.getValues())
                        .addValue("year", event.period().financialYear().code())
                        .addValue("text", event.text())
                        .addValue("recordedBy", event.provenance().recordedBy())
                        .addValue("eventId", stored.eventId()));
        if (event.version() > 1) {
            writes.run(event.boardCode(), CLOSE_EARLIER, keyed);
        }
    }

    /** Every commentary of the board's financial year valid at the moment, by metric and period. */
    public List<CommentaryRow> of(String boardCode, FinancialYear year, AsOf asOf) {
        return jdbc.sql("""
                        select metric, period, version, text, recorded_by from read_model.commentary_version c
                        where c.board_code = :board and c.financial_year = :year and %s
                        order by metric, period""".formatted(SystemTime.validAt("c", "asOf", asOf)))
                .param("board", boardCode)
                .param("year", year.code())
                .param("asOf", SystemTime.bound(asOf))
                .query(CommentaryRow.class)
                .list();
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.commentary_version").update();
    }
}
