package uk.bcf.archfixtures.ledger.query.signoff;

/** A feature's view. */
public record SignOffFixtureView(String quarter) {}
