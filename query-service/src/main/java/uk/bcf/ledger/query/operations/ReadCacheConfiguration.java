package uk.bcf.ledger.query.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.query.performance.FetchPerformanceQuery;
import uk.bcf.ledger.query.performance.PerformanceView;

/** The cache of performance views, weighed by their rows. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadCacheProperties.class)
class ReadCacheConfiguration {

    @Bean
    BoardReadCache<FetchPerformanceQuery, PerformanceView> performanceViewCache(ReadCacheProperties properties,
            MeterRegistry meters) {
        return new BoardReadCache<>("performance-views", properties.viewRows(), view -> view.rows().size() + 1, meters);
    }
}
