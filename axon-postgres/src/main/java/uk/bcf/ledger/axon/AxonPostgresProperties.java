package uk.bcf.ledger.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of Axon's JDBC components ({@code bcf.axon.*}).
 *
 * @param eventPollInterval    how often the event store polls PostgreSQL for events appended by other processes
 * @param storageBatchSize     how many events one read of the event table fetches (replay throughput); each of them
 *                             carries its own copy of the reader's gaps, so this times {@code maxGapOffset} bounds
 *                             the memory gaps can take
 * @param tokenClaimTimeout    after how long another instance may take over a segment whose owner stopped
 *                             refreshing its claim
 * @param aggregateCacheSize   how many aggregates of one type a command service keeps loaded
 *                             ({@link CommittedAggregateCache})
 * @param maxGapOffset         how far behind the newest event a reader still waits for a missing position to be
 *                             filled (Axon's default is 10,000); no token holds more gaps than this
 * @param gapTimeout           how old a missing position may become before a reader with more than
 *                             {@code gapCleaningThreshold} gaps gives up on it
 * @param gapCleaningThreshold how many gaps a reader's token may hold before it looks for gaps to give up on
 * @param nodeId               the name this instance claims segments under in the token store; empty for Axon's
 *                             default (process id and host name), which two instances in one JVM would share
 */
@ConfigurationProperties("bcf.axon")
public record AxonPostgresProperties(
        @DefaultValue("1s") Duration eventPollInterval,
        @DefaultValue("500") int storageBatchSize,
        @DefaultValue("10s") Duration tokenClaimTimeout,
        @DefaultValue("20000") int aggregateCacheSize,
        @DefaultValue("1000") int maxGapOffset,
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("250") int gapCleaningThreshold,
        @DefaultValue("") String nodeId) {}
