package uk.bcf.ledger.shared.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a Health and Wellbeing Board under its ONS area code. */
public record RegisterBoardCommand(
        @TargetAggregateIdentifier String boardCode, String name, String recordedBy) {}
