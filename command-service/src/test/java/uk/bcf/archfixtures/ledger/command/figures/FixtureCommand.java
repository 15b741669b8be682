package uk.bcf.archfixtures.ledger.command.figures;

/** A command. */
public record FixtureCommand(String id) {}
