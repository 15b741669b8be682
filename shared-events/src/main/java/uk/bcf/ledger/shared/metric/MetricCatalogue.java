package uk.bcf.ledger.shared.metric;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * The metrics, as the port every rule, projection and report asks. In each service the definitions are the ledger's
 * metric events (defined, amended, retired) read through a {@link MetricDefinitionSource}; {@code
 * metric-catalogue.json} is only the seed the command service loads into the ledger on its first start, and what
 * {@link #standard()} gives tests and tools.
 */
public final class MetricCatalogue {

    private static final String RESOURCE = "/metric-catalogue.json";

    private final MetricDefinitionSource source;

    /** A catalogue of exactly these metrics. */
    public MetricCatalogue(List<MetricDefinition> definitions) {
        this(fixed(definitions));
    }

    /** A catalogue over a source, which may change as metrics are defined, amended and retired. */
    public MetricCatalogue(MetricDefinitionSource source) {
        this.source = source;
    }

    /** The seed's metrics. */
    public static MetricCatalogue standard() {
        return new MetricCatalogue(
                seed().stream().map(MetricDefinitionPolicy::definitionOf).toList());
    }

    /** The shipped seed, as written in {@code metric-catalogue.json}. */
    public static List<MetricSpecification> seed() {
        try (InputStream in = MetricCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return List.of(JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, MetricSpecification[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public Optional<MetricDefinition> find(String code) {
        return code == null ? Optional.empty() : source.find(code);
    }

    /** Every metric, in catalogue order. */
    public List<MetricDefinition> all() {
        return source.all();
    }

    /** The national metrics in force in a financial year, in catalogue order (no board's local metric). */
    public List<MetricDefinition> inForce(FinancialYear year) {
        return all().stream()
                .filter(metric -> !metric.isLocal() && metric.inForce(year))
                .toList();
    }

    /** The national metrics and the board's own local metrics in force in a financial year, in catalogue order. */
    public List<MetricDefinition> inForce(FinancialYear year, String boardCode) {
        return all().stream()
                .filter(metric -> metric.appliesTo(boardCode))
                .filter(metric -> metric.inForce(year))
                .toList();
    }

    /**
     * The catalogue as one board sees it: the national metrics and the board's own local metrics, never another
     * board's (also as of any moment).
     */
    public MetricCatalogue forBoard(String boardCode) {
        return new MetricCatalogue(new BoardsMetrics(source, boardCode));
    }

    /** The catalogue as it stood at a moment: the definitions in force then. */
    public MetricCatalogue asOf(Instant moment) {
        MetricDefinitionSource then = source.asOf(moment);
        return then == source ? this : new MetricCatalogue(then);
    }

    private static MetricDefinitionSource fixed(List<MetricDefinition> definitions) {
        Set<String> codes = new HashSet<>();
        for (MetricDefinition definition : definitions) {
            if (!codes.add(definition.code())) {
                throw new IllegalArgumentException("metric " + definition.code() + " is defined twice");
            }
        }
        List<MetricDefinition> ordered = List.copyOf(definitions);
        return () -> ordered;
    }
}
