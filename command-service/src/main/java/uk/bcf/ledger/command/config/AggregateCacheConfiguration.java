package uk.bcf.ledger.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.bcf.ledger.axon.AxonPostgresProperties;
import uk.bcf.ledger.axon.CachedAggregateCheck;
import uk.bcf.ledger.axon.CommittedAggregateCache;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.command.board.Board;
import uk.bcf.ledger.command.figures.MetricYear;

/**
 * Keeps recently used ledgers and boards loaded between commands, so a command does not replay its aggregate's
 * events each time: bounded by {@code bcf.axon.aggregate-cache-size} per aggregate type, holding committed state
 * only ({@link CommittedAggregateCache}). Another command-service instance writing the same aggregate makes a
 * cached copy stale: each entry is checked against the aggregate's last sequence number in the event store when it
 * is looked up ({@link CachedAggregateCheck}), and a stale one is dropped and the aggregate loaded from its events,
 * so that alternating writes through several instances never meet a false 409. Writes that are really simultaneous
 * still conflict (409), as on one instance.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCacheConfiguration {

    @Bean(MetricYear.CACHE)
    Cache metricYearCache(AxonPostgresProperties properties, MeterRegistry meters, EventStoreIndex eventStore) {
        return new CommittedAggregateCache(
                "metric-year-aggregates",
                properties.aggregateCacheSize(),
                meters,
                new CachedAggregateCheck(eventStore));
    }

    @Bean(Board.CACHE)
    Cache boardCache(AxonPostgresProperties properties, MeterRegistry meters, EventStoreIndex eventStore) {
        return new CommittedAggregateCache(
                "board-aggregates", properties.aggregateCacheSize(), meters, new CachedAggregateCheck(eventStore));
    }
}
