package uk.bcf.ledger.shared.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/**
 * Defines a new metric under its code. {@code source} says where the definition comes from (the seed file, or
 * {@code null} for an administrator's request).
 */
public record DefineMetricCommand(
        @TargetAggregateIdentifier String code,
        MetricSpecification definition,
        String recordedBy,
        String source,
        String reason) {}
