package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;

/** A Health and Wellbeing Board registered under its ONS area code. */
@Revision("1")
public record BoardRegisteredEvent(String boardCode, String name, Provenance provenance) {}
