package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;

/**
 * A population denominator for a board, calendar year and age band. A later event for the same year and band is
 * a newer vintage (a higher {@code version}); the source names the projection it comes from.
 */
@Revision("1")
public record PopulationRecordedEvent(
        String boardCode, int year, String ageBand, long count, int version, Provenance provenance) {}
