package uk.bcf.ledger.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.axon.AxonPostgresProperties;
import uk.bcf.ledger.axon.CommittedAggregateCache;
import uk.bcf.ledger.command.board.Board;
import uk.bcf.ledger.command.figures.MetricYear;

/**
 * Keeps recently used ledgers and boards loaded between commands, so a command does not replay its aggregate's
 * events each time: bounded by {@code bcf.axon.aggregate-cache-size} per aggregate type, holding committed state
 * only ({@link CommittedAggregateCache}). Another command-service instance writing the same aggregate makes a
 * cached copy stale; its next append then conflicts (409) and the copy is dropped, as Axon does on any rollback.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCacheConfiguration {

    @Bean(MetricYear.CACHE)
    Cache metricYearCache(AxonPostgresProperties properties, MeterRegistry meters) {
        return new CommittedAggregateCache("metric-year-aggregates", properties.aggregateCacheSize(), meters);
    }

    @Bean(Board.CACHE)
    Cache boardCache(AxonPostgresProperties properties, MeterRegistry meters) {
        return new CommittedAggregateCache("board-aggregates", properties.aggregateCacheSize(), meters);
    }
}
