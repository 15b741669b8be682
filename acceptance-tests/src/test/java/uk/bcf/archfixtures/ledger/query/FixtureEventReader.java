package uk.bcf.archfixtures.ledger.query;

import uk.bcf.archfixtures.ledger.shared.event.FixtureEvent;

/** The query side: reads the event, never naming its provenance's type. */
public final class FixtureEventReader {

    public String board(FixtureEvent event) {
        return event.board();
    }
}
