package uk.bcf.ledger.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of Axon's JDBC components ({@code bcf.axon.*}).
 *
 * @param eventPollInterval how often the event store polls PostgreSQL for events appended by other processes
 * @param storageBatchSize  how many events one read of the event table fetches (replay throughput)
 * @param tokenClaimTimeout after how long another instance may take over a segment whose owner stopped
 *                          refreshing its claim
 * @param aggregateCacheSize how many aggregates of one type a command service keeps loaded
 *                           ({@link CommittedAggregateCache})
 */
@ConfigurationProperties("bcf.axon")
public record AxonPostgresProperties(
        @DefaultValue("1s") Duration eventPollInterval,
        @DefaultValue("500") int storageBatchSize,
        @DefaultValue("10s") Duration tokenClaimTimeout,
        @DefaultValue("20000") int aggregateCacheSize) {}
