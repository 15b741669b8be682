package uk.bcf.ledger.query.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.query.performance.PerformanceCalculator;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/** The query side's plain collaborators. */
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
}
