package uk.bcf.archfixtures.ledger.shared.event;

/** An event without a revision: breaks EVENTS_ARE_REVISED_RECORDS. */
public record UnrevisedEvent(String board) {}
