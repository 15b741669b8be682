package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rebuilds asked of any instance, in {@code read_model.read_model_rebuild}: at most one is {@code pausing} at a
 * time (a unique index), which every instance follows by pausing its processors until it is {@code done} or
 * {@code abandoned}.
 */
@Repository
class ClusterRebuilds {

    /** One rebuild as stored. */
    record Rebuild(long id, String requestedBy, Instant requestedAt, String state) {

        boolean pausing() {
            return PAUSING.equals(state);
        }

        boolean olderThan(Duration age) {
            return requestedAt.plus(age).isBefore(Instant.now());
        }
    }

    static final String PAUSING = "pausing";
    static final String DONE = "done";
    static final String ABANDONED = "abandoned";

    private final JdbcClient jdbc;

    ClusterRebuilds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts a rebuild asked of this node.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another one is under way
     */
    long start(String node) {
        return jdbc.sql("insert into read_model.read_model_rebuild (requested_by, state) values (?, ?) returning id")
                .params(node, PAUSING)
                .query(Long.class)
                .single();
    }

    void finish(long id, String state) {
        jdbc.sql("update read_model.read_model_rebuild set state = ?, finished_at = now() where id = ?")
                .params(state, id)
                .update();
    }

    /** The latest rebuild, if any was ever asked for. */
    Optional<Rebuild> latest() {
        return jdbc.sql("select id, requested_by, requested_at, state from read_model.read_model_rebuild"
                        + " order by id desc limit 1")
                .query((row, number) -> new Rebuild(
                        row.getLong("id"),
                        row.getString("requested_by"),
                        row.getTimestamp("requested_at").toInstant(),
                        row.getString("state")))
                .optional();
    }

    /** Gives up a rebuild that has been pausing for longer than the age: its instance died during it. */
    void abandonOlderThan(Duration age) {
        jdbc.sql("update read_model.read_model_rebuild set state = ?, finished_at = now()"
                        + " where state = ? and requested_at < now() - make_interval(secs => ?)")
                .params(ABANDONED, PAUSING, age.toMillis() / 1000.0)
                .update();
    }
}
