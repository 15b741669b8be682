package uk.bcf.ledger.query.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.event.QuarterSignedOffEvent;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;

/** The {@code sign_off} table: each board's quarterly sign-offs, at most one per quarter. */
@Repository
public class SignOffRepository {

    private static final ProjectionStatement RECORD = ProjectionStatement.newRows("""
            insert into read_model.sign_off (board_code, period, meeting_date, signed_off_by, recorded_by, event_id,
                system_from)
            values (:board, :period, :meetingDate, :signedOffBy, :recordedBy, :eventId, :from)
            on conflict do nothing""");

    private final ProjectionWriter writes;
    private final JdbcClient jdbc;

    SignOffRepository(ProjectionWriter writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    void record(QuarterSignedOffEvent event, StoredEvent stored) {
        writes.run(
                event.boardCode(),
                RECORD,
                new MapSqlParameterSource()
                        .addValue("board", event.boardCode())
                        .addValue("period", event.period().code())
                        .addValue("meetingDate", event.meetingDate())
                        .addValue("signedOffBy", event.signedOffBy())
                        .addValue("recordedBy", event.provenance().recordedBy())
                        .addValue("eventId", stored.eventId())
                        .addValue("from", SystemTime.column(stored.storedAt())));
    }

    /** The sign-off of one quarter of the board, if there has been one. */
    public Optional<SignOffRow> find(String boardCode, Period quarter) {
        return jdbc.sql("select * from read_model.sign_off s where s.board_code = ? and s.period = ?")
                .params(boardCode, quarter.code())
                .query(SignOffRepository::signOff)
                .optional();
    }

    /** The board's sign-offs stored by the moment, oldest first. */
    public List<SignOffRow> of(String boardCode, AsOf asOf) {
        return jdbc.sql("""
                        select * from read_model.sign_off s where s.board_code = :board and %s
                        order by s.system_from, s.period""".formatted(SystemTime.knownAt("s", "asOf", asOf)))
                .param("board", boardCode)
                .param("asOf", SystemTime.bound(asOf))
                .query(SignOffRepository::signOff)
                .list();
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.sign_off").update();
    }

    private static SignOffRow signOff(ResultSet row, int rowNumber) throws SQLException {
        return new SignOffRow(
                Periods.parse(row.getString("period")),
                row.getObject("meeting_date", LocalDate.class),
                row.getString("signed_off_by"),
                row.getString("recorded_by"),
                SystemTime.instant(row, "system_from"));
    }
}
