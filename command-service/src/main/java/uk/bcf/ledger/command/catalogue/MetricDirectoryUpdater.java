package uk.bcf.ledger.command.catalogue;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.shared.event.MetricAmendedEvent;
import uk.bcf.ledger.shared.event.MetricDefinedEvent;
import uk.bcf.ledger.shared.event.MetricRetiredEvent;

/**
 * Keeps {@link MetricDirectory} in step with the metric events. Runs in the subscribing processing group
 * {@value #GROUP}, inside the unit of work (and transaction) that appends the event, with errors propagated so
 * that a failure here rolls the change back; then tells this instance's catalogue to read the directory again.
 */
@Component
@ProcessingGroup(MetricDirectoryUpdater.GROUP)
class MetricDirectoryUpdater {

    static final String GROUP = "metric-directory";

    private final MetricDirectory directory;
    private final StoredMetricDefinitions definitions;

    MetricDirectoryUpdater(MetricDirectory directory, StoredMetricDefinitions definitions) {
        this.directory = directory;
        this.definitions = definitions;
    }

    @EventHandler
    void on(MetricDefinedEvent event) {
        directory.defined(
                event.code(), event.definition(), 1, event.provenance().recordedAt());
        definitions.forget();
    }

    @EventHandler
    void on(MetricAmendedEvent event) {
        directory.amended(event.code(), event.definition(), event.provenance().recordedAt());
        definitions.forget();
    }

    @EventHandler
    void on(MetricRetiredEvent event) {
        directory.retired(event.code(), event.provenance().recordedAt());
        definitions.forget();
    }
}
