package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/**
 * A metric defined in the catalogue, by an administrator or by the seed on the command service's first start
 * ({@code provenance.source} names the seed file then). The definition stays text ({@link MetricSpecification}), so
 * it reads back whatever build stored it.
 */
@Revision("1")
public record MetricDefinedEvent(String code, MetricSpecification definition, Provenance provenance) {}
