package uk.bcf.ledger.query.projection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import uk.bcf.ledger.query.projection.ProjectionStatement.Stage;

/**
 * The writes of one processor batch, collected event by event and run together at the end: one JDBC batch per
 * statement, stage by stage ({@link ProjectionStatement}), and a renewed stamp for each board written
 * ({@link BoardChangeRepository}). An event's statements join the batch only when its
 * handler returns normally, so an event whose handler throws (and is dead-lettered) leaves nothing behind, as a
 * rolled-back savepoint would. Used by one processor thread at a time.
 */
final class WriteBatch {

    private final Map<Stage, Map<String, List<SqlParameterSource>>> statements = new EnumMap<>(Stage.class);
    private final SortedSet<String> boards = new TreeSet<>();
    private List<Write> collecting;
    private long lastPosition = -1;

    private record Write(String board, ProjectionStatement statement, SqlParameterSource parameters) {}

    /** Runs the handler of the event at the position, collecting the statements it asks for. */
    Object collect(long position, Callable<Object> handler) throws Exception {
        List<Write> writes = new ArrayList<>();
        collecting = writes;
        try {
            Object result = handler.call();
            writes.forEach(this::add);
            lastPosition = Math.max(lastPosition, position);
            return result;
        } finally {
            collecting = null;
        }
    }

    /** Takes the statement if an event's handler is running in this batch; otherwise the caller runs it. */
    boolean offer(String board, ProjectionStatement statement, SqlParameterSource parameters) {
        if (collecting == null) {
            return false;
        }
        collecting.add(new Write(board, statement, parameters));
        return true;
    }

    /** The highest position of an event whose writes are in the batch. */
    long lastPosition() {
        return lastPosition;
    }

    /**
     * Runs the statements stage by stage, then renews the stamp of every board written, in the boards' order so
     * that two processor threads stamping the same boards cannot deadlock.
     */
    void flush(NamedParameterJdbcOperations jdbc) {
        for (Map<String, List<SqlParameterSource>> stage : statements.values()) {
            stage.forEach((sql, parameters) -> jdbc.batchUpdate(sql, parameters.toArray(SqlParameterSource[]::new)));
        }
        jdbc.batchUpdate(
                BoardChangeRepository.STAMP,
                boards.stream()
                        .map(board -> new MapSqlParameterSource("board", board))
                        .toArray(SqlParameterSource[]::new));
        statements.clear();
        boards.clear();
    }

    private void add(Write write) {
        boards.add(write.board());
        statements
                .computeIfAbsent(write.statement().stage(), stage -> new LinkedHashMap<>())
                .computeIfAbsent(write.statement().sql(), sql -> new ArrayList<>())
                .add(write.parameters());
    }
}
