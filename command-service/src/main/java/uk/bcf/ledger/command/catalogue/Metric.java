package uk.bcf.ledger.command.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.bcf.ledger.shared.command.AmendMetricCommand;
import uk.bcf.ledger.shared.command.DefineMetricCommand;
import uk.bcf.ledger.shared.command.RetireMetricCommand;
import uk.bcf.ledger.shared.event.MetricAmendedEvent;
import uk.bcf.ledger.shared.event.MetricDefinedEvent;
import uk.bcf.ledger.shared.event.MetricRetiredEvent;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/**
 * One metric of the catalogue, identified by its code: its definition, amendments and retirement. The rules are
 * {@link MetricCataloguePolicy}'s; this class only applies them and records the events. Each handler answers with
 * the metric's new version (1 for its definition).
 */
@Aggregate
public class Metric {

    @AggregateIdentifier
    private String code;

    private MetricSpecification current;
    private boolean retired;
    private int version;

    protected Metric() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public int handle(DefineMetricCommand command, Clock clock) {
        MetricSpecification definition = MetricCataloguePolicy.definition(command.code(), command.definition());
        apply(new MetricDefinedEvent(
                command.code(),
                definition,
                new Provenance(
                        command.recordedBy(),
                        clock.instant(),
                        command.source(),
                        MetricCataloguePolicy.optionalReason(command.reason()))));
        return version;
    }

    @CommandHandler
    public int handle(AmendMetricCommand command, Clock clock) {
        String reason = MetricCataloguePolicy.requiredReason(command.reason());
        MetricSpecification definition = MetricCataloguePolicy.amendment(current, retired, command);
        apply(new MetricAmendedEvent(
                code, definition, new Provenance(command.recordedBy(), clock.instant(), null, reason)));
        return version;
    }

    @CommandHandler
    public int handle(RetireMetricCommand command, Clock clock) {
        String reason = MetricCataloguePolicy.requiredReason(command.reason());
        MetricCataloguePolicy.checkRetirement(code, retired);
        apply(new MetricRetiredEvent(code, new Provenance(command.recordedBy(), clock.instant(), null, reason)));
        return version;
    }

    @EventSourcingHandler
    void on(MetricDefinedEvent event) {
        code = event.code();
        current = event.definition();
        version = 1;
    }

    @EventSourcingHandler
    void on(MetricAmendedEvent event) {
        current = event.definition();
        version++;
    }

    @EventSourcingHandler
    void on(MetricRetiredEvent event) {
        retired = true;
        version++;
    }
}
