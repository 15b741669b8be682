package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/** A metric's definition replaced as a whole, from this moment on; {@code provenance.reason} says why. */
@Revision("1")
public record MetricAmendedEvent(String code, MetricSpecification definition, Provenance provenance) {}
