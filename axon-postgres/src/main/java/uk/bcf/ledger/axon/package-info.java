/**
 * Axon Framework 4.13 on PostgreSQL under Spring Boot 4, for both services: the workarounds Boot 4 needs (Axon's JDBC
 * auto-configuration never activates), and the only place Axon's table and column names are written in Java.
 * {@link uk.bcf.ledger.axon.EnableAxonOnPostgres} imports it all.
 *
 * <p>Pipeline of an event, in order:
 * <ol>
 *   <li>a command's unit of work runs in a Spring transaction ({@code AxonTransactionConfiguration}: Axon's
 *       transaction manager and connections backed by Spring's);</li>
 *   <li>its events are serialised with Jackson 2 ({@code AxonSerializationConfiguration}) and appended by the JDBC
 *       storage engine to the tables {@code AxonTables} names ({@code AxonEventStoreConfiguration}); a duplicate
 *       sequence becomes Axon's concurrency conflict ({@code PostgresDuplicateKeyResolver}); the aggregate, once
 *       committed, is kept in a {@link uk.bcf.ledger.axon.CommittedAggregateCache};</li>
 *   <li>the services ask the event table only through {@link uk.bcf.ledger.axon.EventStoreIndex} (an event's
 *       position, the head) and {@link uk.bcf.ledger.axon.EventStoreLock} (appends held off for a bulk import);</li>
 *   <li>the query service's streaming processors read the stream, keep their tokens in the JDBC token store and
 *       park failing events in the dead-letter queue ({@code AxonProcessingConfiguration}); their progress is read
 *       without claims through {@link uk.bcf.ledger.axon.TokenStoreReader};</li>
 *   <li>Axon's message monitors report to Boot's meter registry ({@code AxonMetricsConfiguration}) under Prometheus
 *       names ({@code PrometheusNamingFilter}).</li>
 * </ol>
 * {@code AxonUpdateCheck} keeps Axon from reporting usage over the network; {@code AxonPostgresProperties} holds the
 * tuning ({@code bcf.axon.*}).
 */
package uk.bcf.ledger.axon;
