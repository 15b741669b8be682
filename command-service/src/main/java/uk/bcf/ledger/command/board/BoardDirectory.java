package uk.bcf.ledger.command.board;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The command side's own list of registered boards, used to refuse commands for boards that do not exist. It is
 * written in the same transaction as the {@code BoardRegisteredEvent} (see {@link BoardDirectoryUpdater}), so it
 * can never disagree with the event store.
 */
@Repository
public class BoardDirectory {

    private final JdbcClient jdbc;

    public BoardDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the board is registered; asked once per board and transaction (see {@link TransactionKnownBoards}). */
    public boolean exists(String code) {
        if (TransactionKnownBoards.contains(code)) {
            return true;
        }
        boolean exists = jdbc.sql("select exists (select 1 from command_side.known_board where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
        if (exists) {
            TransactionKnownBoards.add(code);
        }
        return exists;
    }

    void add(String code, String name) {
        jdbc.sql("insert into command_side.known_board (code, name) values (?, ?) on conflict (code) do nothing")
                .params(code, name)
                .update();
    }
}
