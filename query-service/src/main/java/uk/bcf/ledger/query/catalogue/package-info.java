/**
 * The metric catalogue on the query side: the definitions every read uses, from the projected metric events, and
 * the read that lists them.
 *
 * <p>Pipeline, in order:
 * <ol>
 *   <li>{@code projection.MetricDefinitionProjection} (in the {@code performance-projection} processing group)
 *       writes each {@code MetricDefinedEvent}, {@code MetricAmendedEvent} and {@code MetricRetiredEvent} into
 *       {@code metric_definition_version} (bitemporal);</li>
 *   <li>{@code ProjectedMetricDefinitions} reads it (the seed overlaid by the store; now, or as of a moment) and is
 *       the source of the {@code MetricCatalogue} bean ({@code CatalogueConfiguration}) the performance view, the
 *       report, SPC and the pages ask;</li>
 *   <li>{@code GET /api/metrics?year=&asOf=} → {@code MetricsController} → {@code FetchMetricsQuery} on the query
 *       bus → {@code MetricsQueryHandler} (the catalogue as of the moment, the year's metrics in force) →
 *       {@code MetricsView}.</li>
 * </ol>
 */
package uk.bcf.ledger.query.catalogue;
