package uk.bcf.ledger.shared.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a metric from the catalogue; a reason is required. */
public record RetireMetricCommand(@TargetAggregateIdentifier String code, String recordedBy, String reason) {}
