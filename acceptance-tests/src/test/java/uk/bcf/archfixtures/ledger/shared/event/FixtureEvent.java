package uk.bcf.archfixtures.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.archfixtures.ledger.shared.figure.FixtureProvenance;

/** An event both services use, as events should be: a record with a revision. */
@Revision("1")
public record FixtureEvent(String board, FixtureProvenance provenance) {}
