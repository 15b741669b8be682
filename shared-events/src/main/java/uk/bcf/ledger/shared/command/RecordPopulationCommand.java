package uk.bcf.ledger.shared.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a population denominator (or a newer vintage of one) for a board, calendar year and age band. */
public record RecordPopulationCommand(
        @TargetAggregateIdentifier String boardCode,
        int year,
        String ageBand,
        long count,
        String source,
        String recordedBy)
        implements BoardCommand {}
