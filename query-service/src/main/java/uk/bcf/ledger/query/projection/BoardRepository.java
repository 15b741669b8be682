package uk.bcf.ledger.query.projection;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;

/**
 * The {@code board} table. A board is registered once and exists from then on: it is known at a moment when its
 * {@code registered_at}, the registration event's timestamp, is not after it.
 */
@Repository
public class BoardRepository {

    private static final ProjectionStatement REGISTER = ProjectionStatement.newRows("""
            insert into read_model.board (code, name, registered_at) values (:code, :name, :registeredAt)
            on conflict do nothing""");

    private final ProjectionWriter writes;
    private final JdbcClient jdbc;

    BoardRepository(ProjectionWriter writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    void register(BoardRegisteredEvent event, StoredEvent stored) {
        writes.run(
                event.boardCode(),
                REGISTER,
                new MapSqlParameterSource()
                        .addValue("code", event.boardCode())
                        .addValue("name", event.name())
                        .addValue("registeredAt", SystemTime.column(stored.storedAt())));
    }

    /** The board as known now. */
    public Optional<BoardRow> find(String code) {
        return find(code, AsOf.now());
    }

    public Optional<BoardRow> find(String code, AsOf asOf) {
        return jdbc.sql("select b.code, b.name from read_model.board b where b.code = :code and " + registeredBy(asOf))
                .param("code", code)
                .param("asOf", SystemTime.bound(asOf))
                .query(BoardRow.class)
                .optional();
    }

    public List<BoardRow> all(AsOf asOf) {
        String sql = "select b.code, b.name from read_model.board b where %s order by b.name";
        return jdbc.sql(sql.formatted(registeredBy(asOf)))
                .param("asOf", SystemTime.bound(asOf))
                .query(BoardRow.class)
                .list();
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.board").update();
    }

    private static String registeredBy(AsOf asOf) {
        return asOf.isNow() ? "true" : "b.registered_at <= :asOf";
    }
}
