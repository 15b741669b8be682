package uk.bcf.ledger.shared.metric;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * The national metrics, loaded from {@code metric-catalogue.json}. The file is the single place a metric is
 * defined; both services read the same catalogue.
 */
public final class MetricCatalogue {

    private static final String RESOURCE = "/metric-catalogue.json";

    private final Map<String, MetricDefinition> byCode;
    private final List<MetricDefinition> ordered;

    public MetricCatalogue(List<MetricDefinition> definitions) {
        Map<String, MetricDefinition> map = new LinkedHashMap<>();
        for (MetricDefinition definition : definitions) {
            if (map.putIfAbsent(definition.code(), definition) != null) {
                throw new IllegalArgumentException("metric " + definition.code() + " is defined twice");
            }
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /** The catalogue shipped with the service. */
    public static MetricCatalogue standard() {
        try (InputStream in = MetricCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            MetricDefinition[] definitions = JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, MetricDefinition[].class);
            return new MetricCatalogue(Arrays.asList(definitions));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public Optional<MetricDefinition> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Every metric, in catalogue order. */
    public List<MetricDefinition> all() {
        return ordered;
    }

    /** The national metrics in force in a financial year, in catalogue order (no board's local metric). */
    public List<MetricDefinition> inForce(FinancialYear year) {
        return ordered.stream()
                .filter(metric -> !metric.isLocal() && metric.inForce(year))
                .toList();
    }

    /** The national metrics and the board's own local metrics in force in a financial year, in catalogue order. */
    public List<MetricDefinition> inForce(FinancialYear year, String boardCode) {
        return ordered.stream()
                .filter(metric -> !metric.isLocal() || metric.boardCode().equals(boardCode))
                .filter(metric -> metric.inForce(year))
                .toList();
    }
}
