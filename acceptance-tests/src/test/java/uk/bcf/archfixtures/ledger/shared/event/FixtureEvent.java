package uk.bcf.archfixtures.ledger.shared.event;

import uk.bcf.archfixtures.ledger.shared.figure.FixtureProvenance;

/** An event both services use. */
public record FixtureEvent(String board, FixtureProvenance provenance) {
}
