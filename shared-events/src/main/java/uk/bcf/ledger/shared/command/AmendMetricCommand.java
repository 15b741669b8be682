package uk.bcf.ledger.shared.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/** Replaces a metric's definition as a whole; a reason is required. */
public record AmendMetricCommand(
        @TargetAggregateIdentifier String code, MetricSpecification definition, String recordedBy, String reason) {}
