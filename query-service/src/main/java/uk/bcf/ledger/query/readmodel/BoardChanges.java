package uk.bcf.ledger.query.readmodel;

import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code board_change} table: a stamp per board, renewed from a sequence in the transaction of every
 * projection write to the board's rows (see {@link ProjectionWrites}). Equal stamps mean the board's rows are
 * unchanged, so what was computed from them may be served again.
 */
@Repository
public class BoardChanges {

    static final String STAMP = """
            insert into read_model.board_change (board_code, stamp)
            values (:board, nextval('read_model.board_change_stamp'))
            on conflict (board_code) do update set stamp = excluded.stamp""";

    private final JdbcClient jdbc;

    BoardChanges(JdbcClient jdbc) {
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

    void deleteAll() {
        jdbc.sql("delete from read_model.board_change").update();
    }
}
