package uk.bcf.ledger.shared.metric;

/**
 * A metric as the ledger's metric events leave it at some moment: its latest specification and whether it has been
 * retired.
 *
 * @param code          the metric's code
 * @param specification the specification of its latest definition or amendment
 * @param retired       true once a {@code MetricRetiredEvent} has been stored
 */
public record StoredMetric(String code, MetricSpecification specification, boolean retired) {}
