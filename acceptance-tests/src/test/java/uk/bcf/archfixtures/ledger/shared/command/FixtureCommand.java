package uk.bcf.archfixtures.ledger.shared.command;

/** A command, the contract for senders: only the command service uses it so far, and may. */
public record FixtureCommand(String board) {}
