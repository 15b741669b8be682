package uk.bcf.ledger.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.metric.StoredMetric;

/**
 * The {@code metric_definition_version} table: every version of every metric's definition with its system time, so
 * that a read as of a moment uses the definitions in force then. Written by {@link MetricDefinitionProjection}
 * insert-if-absent (keyed by the event), the previous version closed at the new one's system time; a metric event
 * also renews every board's change stamp, since any board's views may read the metric.
 */
@Repository
public class MetricDefinitionVersionRepository {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String INSERT = """
            insert into read_model.metric_definition_version (code, version, specification, retired, recorded_by,
                source, reason, event_id, system_from)
            select :code, coalesce(max(m.version), 0) + 1, :specification, :retired, :recordedBy, :source, :reason,
                :eventId, :from
            from read_model.metric_definition_version m where m.code = :code
            on conflict do nothing""";
    private static final String CLOSE_EARLIER = """
            update read_model.metric_definition_version set system_to = :from
            where code = :code and system_to is null and event_id <> :eventId and system_from <= :from""";
    private static final String EVERY_BOARD_CHANGED =
            "update read_model.board_change set stamp = nextval('read_model.board_change_stamp')";

    private final NamedParameterJdbcOperations jdbc;
    private final AtomicLong committedChanges = new AtomicLong();

    MetricDefinitionVersionRepository(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void append(String code, MetricSpecification definition, Provenance provenance, StoredEvent stored) {
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("code", code)
                .addValue("specification", definition == null ? null : write(definition))
                .addValue("retired", definition == null)
                .addValue("recordedBy", provenance.recordedBy())
                .addValue("source", provenance.source())
                .addValue("reason", provenance.reason())
                .addValue("eventId", stored.eventId())
                .addValue("from", SystemTime.column(stored.storedAt()));
        if (jdbc.update(INSERT, row) > 0) {
            jdbc.update(CLOSE_EARLIER, row);
            jdbc.update(EVERY_BOARD_CHANGED, new MapSqlParameterSource());
            countOnCommit();
        }
    }

    /**
     * How many metric changes this instance's projection has committed: a reader that remembers the number it read
     * with knows to read again when it has moved.
     */
    public long committedChanges() {
        return committedChanges.get();
    }

    private void countOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committedChanges.incrementAndGet();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committedChanges.incrementAndGet();
            }
        });
    }

    /** Every metric as stored at the moment, in the order first defined. */
    public List<StoredMetric> asOf(AsOf asOf) {
        return jdbc.query(
                """
                select m.code, m.specification, m.retired from read_model.metric_definition_version m
                join (select code, min(system_from) as first_from from read_model.metric_definition_version
                      group by code) f on f.code = m.code
                where %s and f.first_from <= coalesce(:asOf, f.first_from)
                order by f.first_from, m.code""".formatted(SystemTime.validAt("m", "asOf", asOf)),
                new MapSqlParameterSource("asOf", SystemTime.bound(asOf)),
                (rs, row) -> new StoredMetric(
                        rs.getString("code"), read(rs.getString("specification")), rs.getBoolean("retired")));
    }

    void deleteAll() {
        jdbc.update("delete from read_model.metric_definition_version", new MapSqlParameterSource());
    }

    private static String write(MetricSpecification definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the definition of " + definition.code(), e);
        }
    }

    private static MetricSpecification read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, MetricSpecification.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored metric definition is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
