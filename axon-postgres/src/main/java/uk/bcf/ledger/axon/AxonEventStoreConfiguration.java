package uk.bcf.ledger.axon;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The JDBC event storage engine on Flyway-owned snake_case tables, the embedded event store over it, and the two
 * questions the services ask the event table directly: where an event sits ({@link EventStoreIndex}) and holding
 * appends off for a bulk write ({@link EventStoreLock}). The
 * store's poll interval ({@code bcf.axon.event-poll-interval}) decides how quickly a process sees events appended
 * by another process: the query service polls every 20 ms, which is what keeps write-to-read lag in tens of
 * milliseconds (see docs/adr/0003-streaming-processors.md).
 *
 * <p>What gaps in the global index (positions taken by rolled-back inserts) can cost is bounded: a reader's token
 * holds at most {@code bcf.axon.max-gap-offset} gaps, every event read carries a copy of them, and a read fetches
 * at most {@code bcf.axon.storage-batch-size} events. The store keeps no read-ahead cache of its own
 * ({@code optimizeEventConsumption} off): each streaming processor reads its own batches, so no shared producer
 * thread holds thousands of events, each with its gaps, that it can run out of memory on while the processor
 * waits for it (docs/adr/0013-scale-out-and-faults.md).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AxonPostgresProperties.class)
class AxonEventStoreConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            AxonPostgresProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(new PostgresDuplicateKeyResolver())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(AxonTables.eventSchema())
                .dataType(byte[].class)
                .batchSize(properties.storageBatchSize())
                .maxGapOffset(properties.maxGapOffset())
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .build();
    }

    @Bean(name = "eventBus")
    EventStore eventStore(
            EventStorageEngine storageEngine, Configuration configuration, AxonPostgresProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .fetchDelay(properties.eventPollInterval().toMillis())
                .optimizeEventConsumption(false)
                .build();
    }

    @Bean
    EventStoreIndex eventStoreIndex(DataSource dataSource) {
        return new JdbcEventStoreIndex(dataSource, AxonTables.eventSchema());
    }

    @Bean
    EventStoreLock eventStoreLock(DataSource dataSource) {
        return new PostgresEventStoreLock(dataSource, AxonTables.eventSchema());
    }
}
