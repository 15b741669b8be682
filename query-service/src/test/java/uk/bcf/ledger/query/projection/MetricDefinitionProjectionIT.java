package uk.bcf.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.shared.event.MetricAmendedEvent;
import uk.bcf.ledger.shared.event.MetricDefinedEvent;
import uk.bcf.ledger.shared.event.MetricRetiredEvent;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricSpecification;
import uk.bcf.ledger.shared.metric.StoredMetric;

/**
 * The catalogue's handlers against the real read table, called directly: each definition is a version valid from
 * its event's time until the next, so the table answers as of any moment; redelivery changes nothing.
 */
class MetricDefinitionProjectionIT extends QueryServiceTestDatabase {

    private static final Instant T1 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-02T09:00:00Z");
    private static final Instant T3 = Instant.parse("2026-12-03T09:00:00Z");

    @Autowired
    MetricDefinitionProjection projection;

    @Autowired
    MetricDefinitionVersionRepository definitions;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from read_model.metric_definition_version where code like 'PROJ%'")
                .update();
    }

    @Test
    void eachChangeIsAVersionValidUntilTheNext() {
        deliver(() -> projection.on(defined("PROJ_A", "COUNT"), "e1", T1));
        deliver(() -> projection.on(amended("PROJ_A", "PERCENTAGE"), "e2", T2));
        deliver(() -> projection.on(retired("PROJ_A"), "e3", T3));

        assertThat(stored("PROJ_A", AsOf.at(T1.plusSeconds(1)))).singleElement().satisfies(metric -> {
            assertThat(metric.retired()).isFalse();
            assertThat(metric.specification().shape()).isEqualTo("COUNT");
        });
        assertThat(stored("PROJ_A", AsOf.at(T2)))
                .singleElement()
                .satisfies(metric -> assertThat(metric.specification().shape()).isEqualTo("PERCENTAGE"));
        assertThat(stored("PROJ_A", AsOf.now()))
                .singleElement()
                .satisfies(metric -> assertThat(metric.retired()).isTrue());
        assertThat(stored("PROJ_A", AsOf.at(T1.minusSeconds(1)))).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        deliver(() -> projection.on(defined("PROJ_B", "COUNT"), "r1", T1));
        deliver(() -> projection.on(defined("PROJ_B", "COUNT"), "r1", T1));

        assertThat(jdbc.sql("select count(*) from read_model.metric_definition_version where code = 'PROJ_B'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDefinitionOfAShapeThisBuildDoesNotKnowIsStoredAsWritten() {
        deliver(() -> projection.on(defined("PROJ_C", "MEDIAN"), "u1", T1));

        assertThat(stored("PROJ_C", AsOf.now()))
                .singleElement()
                .satisfies(metric -> assertThat(metric.specification().shape()).isEqualTo("MEDIAN"));
    }

    private List<StoredMetric> stored(String code, AsOf asOf) {
        return definitions.asOf(asOf).stream()
                .filter(metric -> metric.code().equals(code))
                .toList();
    }

    private void deliver(Runnable handler) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> handler.run());
    }

    static MetricSpecification specification(String code, String shape) {
        return new MetricSpecification(
                code,
                "Projection test metric",
                "people",
                shape,
                "SUM",
                "LOWER_IS_BETTER",
                List.of("YEAR"),
                List.of("YEAR"),
                false,
                0,
                null,
                3,
                "2030-31",
                null,
                "Test source",
                "A test metric",
                null,
                null,
                "NONE",
                null,
                null,
                List.of());
    }

    private static MetricDefinedEvent defined(String code, String shape) {
        return new MetricDefinedEvent(code, specification(code, shape), new Provenance("admin", T1, null, null));
    }

    private static MetricAmendedEvent amended(String code, String shape) {
        return new MetricAmendedEvent(code, specification(code, shape), new Provenance("admin", T2, null, "why"));
    }

    private static MetricRetiredEvent retired(String code) {
        return new MetricRetiredEvent(code, new Provenance("admin", T3, null, "gone"));
    }
}
