package uk.bcf.ledger.query.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.MetricDefinitionVersionRepository;
import uk.bcf.ledger.shared.metric.CatalogueOverlay;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.MetricDefinitionSource;

/**
 * The query side's metric definitions: the seed overlaid by the projected metric events
 * ({@code metric_definition_version}), the same events the command side reads. The current definitions are read
 * again when this instance's projection has committed a metric event, and otherwise at least every {@code refresh}
 * (for events another instance projected); {@link #asOf(Instant)} reads the definitions valid at a past moment (the seed
 * for a code the store held nothing for then). A stored definition this build cannot read is left out with a
 * warning and listed by {@link #unreadable()}, never failing a read or the start.
 */
public class ProjectedMetricDefinitions implements MetricDefinitionSource {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectedMetricDefinitions.class);

    private record Snapshot(List<MetricDefinition> all, Instant readAt, long changes) {}

    private final MetricDefinitionVersionRepository store;
    private final List<MetricDefinition> seed;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;
    private volatile List<String> unreadable = List.of();

    public ProjectedMetricDefinitions(
            MetricDefinitionVersionRepository store, List<MetricDefinition> seed, Clock clock, Duration refresh) {
        this.store = store;
        this.seed = List.copyOf(seed);
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public List<MetricDefinition> all() {
        Snapshot current = snapshot;
        long changes = store.committedChanges();
        if (current == null
                || current.changes() != changes
                || current.readAt().plus(refresh).isBefore(clock.instant())) {
            current = new Snapshot(read(AsOf.now()), clock.instant(), changes);
            snapshot = current;
        }
        return current.all();
    }

    @Override
    public MetricDefinitionSource asOf(Instant moment) {
        List<MetricDefinition> then = read(AsOf.at(moment));
        return () -> then;
    }

    /** The stored metrics left out because this build cannot read them, one line each. */
    public List<String> unreadable() {
        all();
        return unreadable;
    }

    /** Drops what was read, so the next read asks the store. */
    public void forget() {
        snapshot = null;
    }

    private List<MetricDefinition> read(AsOf asOf) {
        CatalogueOverlay.Result result = CatalogueOverlay.of(seed, store.asOf(asOf));
        if (asOf.isNow()) {
            if (!result.unreadable().equals(unreadable)) {
                result.unreadable().forEach(line -> LOG.warn("metric definition skipped: {}", line));
            }
            unreadable = result.unreadable();
        }
        return result.definitions();
    }
}
