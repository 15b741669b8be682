package uk.bcf.ledger.command.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bcf.ledger.shared.metric.CatalogueOverlay;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.MetricDefinitionSource;

/**
 * The command side's metric definitions: the seed overlaid by {@link MetricDirectory} (the ledger's metric events as
 * last stored, by any command-service instance). Read again at most every {@code refresh} and at once when a code
 * is not found, so a metric just defined through another instance is usable by the next command; a metric amended
 * through another instance takes effect here within {@code refresh}. A stored definition this build cannot read
 * (an unknown value shape) is left out with a warning, never failing a command or the start.
 */
public class StoredMetricDefinitions implements MetricDefinitionSource {

    private static final Logger LOG = LoggerFactory.getLogger(StoredMetricDefinitions.class);

    private record Snapshot(List<MetricDefinition> all, Map<String, MetricDefinition> byCode, Instant readAt) {}

    private final MetricDirectory directory;
    private final List<MetricDefinition> seed;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;
    private volatile List<String> unreadable = List.of();

    public StoredMetricDefinitions(
            MetricDirectory directory, List<MetricDefinition> seed, Clock clock, Duration refresh) {
        this.directory = directory;
        this.seed = List.copyOf(seed);
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public List<MetricDefinition> all() {
        return current().all();
    }

    @Override
    public Optional<MetricDefinition> find(String code) {
        Snapshot current = current();
        MetricDefinition found = current.byCode().get(code);
        if (found == null && current.readAt().isBefore(clock.instant())) {
            found = read().byCode().get(code);
        }
        return Optional.ofNullable(found);
    }

    /** The stored metrics left out because this build cannot read them, one line each. */
    public List<String> unreadable() {
        current();
        return unreadable;
    }

    /** Drops what was read, after a metric event of this instance. */
    void forget() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || current.readAt().plus(refresh).isBefore(clock.instant())) {
            current = read();
        }
        return current;
    }

    private Snapshot read() {
        CatalogueOverlay.Result result = CatalogueOverlay.of(seed, directory.all());
        if (!result.unreadable().equals(unreadable)) {
            result.unreadable().forEach(line -> LOG.warn("metric definition skipped: {}", line));
        }
        unreadable = result.unreadable();
        Snapshot read = new Snapshot(
                result.definitions(),
                result.definitions().stream()
                        .collect(Collectors.toUnmodifiableMap(MetricDefinition::code, Function.identity())),
                clock.instant());
        snapshot = read;
        return read;
    }
}
