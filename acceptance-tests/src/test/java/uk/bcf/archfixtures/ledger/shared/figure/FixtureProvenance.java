package uk.bcf.archfixtures.ledger.shared.figure;

/** A value type of the contract, which one service uses only inside an event. */
public record FixtureProvenance(String recordedBy) {}
