package uk.bcf.ledger.command.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.bcf.ledger.shared.metric.CatalogueOverlay;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.MetricDefinitionSource;

/**
 * The command side's metric definitions: the seed overlaid by {@link MetricDirectory} (the ledger's metric events as
 * last stored, by any command-service instance). Once per transaction (and on every call outside one) the
 * directory's change stamp ({@link MetricDirectory#stamp()}) is compared with the stamp of the definitions held;
 * when it differs they are read again. So a metric defined, amended or retired through any instance is used by the
 * next command on every instance, and one transaction sees one set of definitions throughout. A stored definition
 * this build cannot read (an unknown value shape) is left out with a warning, never failing a command or the start.
 */
public class StoredMetricDefinitions implements MetricDefinitionSource {

    private static final Logger LOG = LoggerFactory.getLogger(StoredMetricDefinitions.class);

    private record Snapshot(List<MetricDefinition> all, Map<String, MetricDefinition> byCode, long stamp) {}

    private final MetricDirectory directory;
    private final List<MetricDefinition> seed;
    private volatile Snapshot snapshot;
    private volatile List<String> unreadable = List.of();

    public StoredMetricDefinitions(MetricDirectory directory, List<MetricDefinition> seed) {
        this.directory = directory;
        this.seed = List.copyOf(seed);
    }

    @Override
    public List<MetricDefinition> all() {
        return current().all();
    }

    @Override
    public Optional<MetricDefinition> find(String code) {
        return Optional.ofNullable(current().byCode().get(code));
    }

    /** The stored metrics left out because this build cannot read them, one line each. */
    public List<String> unreadable() {
        current();
        return unreadable;
    }

    /**
     * Drops what was read, after a metric event of this instance: the transaction that stores it reads the directory
     * again on its next question (seeing its own change), and once it has committed or rolled back, what it read is
     * dropped again, so no instance keeps definitions that were never committed.
     */
    void forget() {
        snapshot = null;
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot = null;
                }
            });
        }
    }

    private Snapshot current() {
        Object checked = TransactionSynchronizationManager.getResource(this);
        if (checked instanceof Snapshot inThisTransaction) {
            return inThisTransaction;
        }
        long stamp = directory.stamp();
        Snapshot current = snapshot;
        if (current == null || current.stamp() != stamp) {
            current = read(stamp);
        }
        keepForThisTransaction(current);
        return current;
    }

    private void keepForThisTransaction(Snapshot checked) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, checked);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(StoredMetricDefinitions.this);
            }
        });
    }

    private Snapshot read(long stamp) {
        CatalogueOverlay.Result result = CatalogueOverlay.of(seed, directory.all());
        if (!result.unreadable().equals(unreadable)) {
            result.unreadable().forEach(line -> LOG.warn("metric definition skipped: {}", line));
        }
        unreadable = result.unreadable();
        Snapshot read = new Snapshot(
                result.definitions(),
                result.definitions().stream()
                        .collect(Collectors.toUnmodifiableMap(MetricDefinition::code, Function.identity())),
                stamp);
        snapshot = read;
        return read;
    }
}
