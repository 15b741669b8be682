package uk.bcf.ledger.query.catalogue;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.query.projection.MetricDefinitionVersionRepository;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/**
 * The query side's catalogue, which the performance view, the report, SPC and the pages ask: the seed overlaid by
 * the projected metric events, read again after each metric event this instance projects and at least every
 * {@code bcf.metrics.refresh-interval} (default one second).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    ProjectedMetricDefinitions projectedMetricDefinitions(
            MetricDefinitionVersionRepository store, @Value("${bcf.metrics.refresh-interval:PT1S}") Duration refresh) {
        return new ProjectedMetricDefinitions(store, MetricCatalogue.standard().all(), Clock.systemUTC(), refresh);
    }

    @Bean
    MetricCatalogue metricCatalogue(ProjectedMetricDefinitions definitions) {
        return new MetricCatalogue(definitions);
    }
}
