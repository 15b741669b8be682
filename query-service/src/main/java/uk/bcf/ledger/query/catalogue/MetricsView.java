package uk.bcf.ledger.query.catalogue;

import java.util.List;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/** The metrics asked for, each with its full definition in the fields of the seed file, in catalogue order. */
public record MetricsView(List<MetricSpecification> metrics) {}
