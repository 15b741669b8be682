package uk.bcf.ledger.command.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.metric.StoredMetric;

/**
 * The command side's copy of the catalogue ({@code command_side.metric_definition}): each metric's latest
 * definition and whether it is retired, written by {@link MetricDirectoryUpdater} in the transaction that stores
 * the metric's event, so it never disagrees with the event store. Every command-service instance reads it.
 */
@Repository
public class MetricDirectory {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;

    MetricDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored metric, in the order they were first defined. */
    public List<StoredMetric> all() {
        return jdbc.sql("select code, specification, retired from command_side.metric_definition"
                        + " order by first_defined_at, code")
                .query((rs, row) -> new StoredMetric(
                        rs.getString("code"), read(rs.getString("specification")), rs.getBoolean("retired")))
                .list();
    }

    /**
     * The directory's change stamp: the sum of every metric's version. Each definition adds a row at version 1 and
     * each amendment or retirement adds one to a row's version, and no row is ever deleted, so every committed change
     * raises it: equal stamps mean the same definitions. Cheap enough to ask once per command (one aggregate over a
     * few dozen rows).
     */
    public long stamp() {
        return jdbc.sql("select coalesce(sum(version), 0) from command_side.metric_definition")
                .query(Long.class)
                .single();
    }

    /** Whether a metric has ever been defined under the code (retired or not). */
    public boolean knows(String code) {
        return jdbc.sql("select exists (select 1 from command_side.metric_definition where code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    void defined(String code, MetricSpecification definition, int version, Instant at) {
        jdbc.sql("insert into command_side.metric_definition"
                        + " (code, specification, retired, version, first_defined_at, changed_at)"
                        + " values (?, ?, false, ?, ?, ?)"
                        + " on conflict (code) do nothing")
                .params(code, write(definition), version, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    void amended(String code, MetricSpecification definition, Instant at) {
        jdbc.sql("update command_side.metric_definition"
                        + " set specification = ?, version = version + 1, changed_at = ? where code = ?")
                .params(write(definition), Timestamp.from(at), code)
                .update();
    }

    void retired(String code, Instant at) {
        jdbc.sql("update command_side.metric_definition"
                        + " set retired = true, version = version + 1, changed_at = ? where code = ?")
                .params(Timestamp.from(at), code)
                .update();
    }

    private static String write(MetricSpecification definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the definition of " + definition.code(), e);
        }
    }

    private static MetricSpecification read(String json) {
        try {
            return JSON.readValue(json, MetricSpecification.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored metric definition is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
