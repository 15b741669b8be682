package uk.bcf.ledger.query.config;

import java.util.Map;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.query.performance.PerformanceCalculator;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/** The query side's plain collaborators, and what it tells Axon about correlation data. */
@Configuration(proxyBeanMethods = false)
class QueryConfiguration {

    @Bean
    MetricCatalogue metricCatalogue() {
        return MetricCatalogue.standard();
    }

    @Bean
    PerformanceCalculator performanceCalculator(MetricCatalogue catalogue) {
        return new PerformanceCalculator(catalogue);
    }

    /**
     * No correlation data: the query service sends no message on behalf of one it handles. Axon's default provider
     * (in place of which this one is used) reads every handled event's metadata, deserialising it for nothing: a
     * fourteenth of a rebuild's CPU, measured.
     */
    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }
}
