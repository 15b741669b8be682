package uk.bcf.ledger.query.performance;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.query.operations.BoardReadCache;
import uk.bcf.ledger.query.operations.ReadCacheProperties;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/**
 * The performance view's plain collaborators, which the report, SPC and the pages use too: the calculator over the
 * metric catalogue (declared by the catalogue package); and the cache of performance views, weighed by their rows.
 */
@Configuration(proxyBeanMethods = false)
class PerformanceConfiguration {

    @Bean
    PerformanceCalculator performanceCalculator(MetricCatalogue catalogue) {
        return new PerformanceCalculator(catalogue);
    }

    @Bean
    BoardReadCache<FetchPerformanceQuery, PerformanceView> performanceViewCache(
            ReadCacheProperties properties, MeterRegistry meters) {
        return new BoardReadCache<>(
                "performance-views", properties.viewRows(), view -> view.rows().size() + 1, meters);
    }
}
