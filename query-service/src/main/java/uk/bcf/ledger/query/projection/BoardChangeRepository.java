package uk.bcf.ledger.query.projection;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code board_change} table: a stamp per board, renewed from a sequence in the transaction of every
 * projection write to the board's rows (see {@link ProjectionWriter}). Equal stamps mean the board's rows are
 * unchanged, so what was computed from them may be served again.
 */
@Repository
public class BoardChangeRepository {

    static final String STAMP = """
            insert into read_model.board_change (board_code, stamp)
            values (:board, nextval('read_model.board_change_stamp'))
            on conflict (board_code) do update set stamp = excluded.stamp""";

    private final JdbcClient jdbc;

    BoardChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The board's stamp in the current transaction's view; empty when nothing of the board has been projected. */
    public OptionalLong stampOf(String boardCode) {
        return jdbc.sql("select stamp from read_model.board_change where board_code = ?")
                .param(boardCode)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElseGet(OptionalLong::empty);
    }

    /**
     * The latest system time among the board's rows: the last time any of its versions (pool entries included), sign-offs or its
     * registration took effect. What is read of the board as of any later moment is what is read as of this one,
     * as long as the stamp stays the same.
     */
    public Optional<Instant> latestSystemTime(String boardCode) {
        return jdbc.sql("""
                        select greatest(
                            (select max(system_from) from read_model.figure_version where board_code = :board),
                            (select max(system_from) from read_model.population_version where board_code = :board),
                            (select max(system_from) from read_model.commentary_version where board_code = :board),
                            (select max(system_from) from read_model.sign_off where board_code = :board),
                            (select max(system_from) from read_model.pool_entry_version where board_code = :board),
                            (select registered_at from read_model.board where code = :board))""")
                .param("board", boardCode)
                .query((row, number) -> Optional.ofNullable(SystemTime.instant(row, "greatest")))
                .single();
    }

    void deleteAll() {
        jdbc.sql("delete from read_model.board_change").update();
    }
}
