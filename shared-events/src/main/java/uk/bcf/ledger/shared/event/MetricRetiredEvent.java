package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;

/**
 * A metric withdrawn from the catalogue from this moment on (its figures stay in the ledger, and an as-of read of
 * an earlier moment still finds it); {@code provenance.reason} says why.
 */
@Revision("1")
public record MetricRetiredEvent(String code, Provenance provenance) {}
