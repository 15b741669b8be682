package uk.bcf.ledger.shared.metric;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link MetricCatalogue} finds its definitions: a fixed list (the seed, a test's metrics) or, in each
 * service, the metric events of the ledger as that service stores them.
 */
public interface MetricDefinitionSource {

    /** Every metric currently defined, in catalogue order. */
    List<MetricDefinition> all();

    /** The metric currently defined under the code. */
    default Optional<MetricDefinition> find(String code) {
        return all().stream().filter(metric -> metric.code().equals(code)).findFirst();
    }

    /** The definitions as they stood at a moment; a source without history answers with itself. */
    default MetricDefinitionSource asOf(Instant moment) {
        return this;
    }
}
