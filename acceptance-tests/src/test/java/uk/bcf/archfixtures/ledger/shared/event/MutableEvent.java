package uk.bcf.archfixtures.ledger.shared.event;

import org.axonframework.serialization.Revision;

/** An event that is a mutable class: breaks EVENTS_ARE_REVISED_RECORDS. */
@Revision("1")
public class MutableEvent {

    public String board;
}
