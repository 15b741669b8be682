package uk.bcf.ledger.query.operations;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The query-service instances that share the read model, as their heartbeats in {@code read_model.query_instance} say. */
@Repository
class QueryInstances {

    private final JdbcClient jdbc;

    QueryInstances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the instance is alive now. */
    void heartbeat(String node) {
        jdbc.sql("""
                        insert into read_model.query_instance (node_id, seen_at) values (?, now())
                        on conflict (node_id) do update set seen_at = excluded.seen_at""").params(node).update();
    }

    /** The instances seen within the window, this one included once it has beaten. */
    Set<String> live(Duration window) {
        return new TreeSet<>(jdbc.sql("select node_id from read_model.query_instance"
                        + " where seen_at > now() - make_interval(secs => ?)")
                .params(window.toMillis() / 1000.0)
                .query(String.class)
                .list());
    }

    /** The instance stopped on purpose: it is no longer counted among the live ones. */
    void leave(String node) {
        jdbc.sql("delete from read_model.query_instance where node_id = ?")
                .params(node)
                .update();
    }
}
