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

    public boolean exists(String code) {
        return jdbc.sql("select exists (select 1 from command_side.known_board where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    void add(String code, String name) {
        jdbc.sql("insert into command_side.known_board (code, name) values (?, ?) on conflict (code) do nothing")
                .params(code, name)
                .update();
    }
}
