package uk.bcf.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.figure.Provenance;

/** Fails when one of the owned workarounds that put Axon 4.13 on PostgreSQL under Boot 4 stops working. */
class AxonWiringIT extends QueryServiceTestDatabase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager springTransactions;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void axonTransactionsAreSpringTransactionsThatRollBackTogetherWithJdbcWrites() {
        TransactionManager axonTransactions = context.getBean(TransactionManager.class);
        assertThat(axonTransactions).isInstanceOf(SpringTransactionManager.class);

        Transaction transaction = axonTransactions.startTransaction();
        jdbc.sql("insert into read_model.board (code, name, registered_at) values ('AXW00001', 'rolled back', now())")
                .update();
        transaction.rollback();

        assertThat(jdbc.sql("select count(*) from read_model.board where code = 'AXW00001'")
                        .query(Long.class)
                        .single())
                .as("a write inside Axon's transaction is rolled back with it")
                .isZero();
    }

    @Test
    void everySerializerIsAxonsJackson2Serializer() {
        assertThat(context.getBean(Serializer.class)).isExactlyInstanceOf(JacksonSerializer.class);
        for (String qualifier : new String[] {"eventSerializer", "messageSerializer"}) {
            assertThat(BeanFactoryAnnotationUtils.qualifiedBeanOfType(
                            context.getAutowireCapableBeanFactory(), Serializer.class, qualifier))
                    .as(qualifier)
                    .isExactlyInstanceOf(JacksonSerializer.class);
        }
        org.axonframework.config.Configuration axon = context.getBean(org.axonframework.config.Configuration.class);
        assertThat(axon.serializer()).isExactlyInstanceOf(JacksonSerializer.class);
        assertThat(axon.eventSerializer()).isExactlyInstanceOf(JacksonSerializer.class);
        assertThat(axon.messageSerializer()).isExactlyInstanceOf(JacksonSerializer.class);
    }

    @Test
    void theJdbcTokenStoreReadsBackTheTokensItStored() {
        TokenStore tokenStore = context.getBean(TokenStore.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);

        assertThat(storedAndFetched(tokenStore, new GlobalSequenceTrackingToken(42)))
                .isEqualTo(new GlobalSequenceTrackingToken(42));
        // The kind of token the processors store when tailing the JDBC event store.
        assertThat(storedAndFetched(tokenStore, GapAwareTrackingToken.newInstance(42, List.of(40L))))
                .isEqualTo(GapAwareTrackingToken.newInstance(42, List.of(40L)));
    }

    private TrackingToken storedAndFetched(TokenStore tokenStore, TrackingToken token) {
        String processor = "axon-wiring-it-" + UUID.randomUUID();
        TransactionTemplate transactions = new TransactionTemplate(springTransactions);
        transactions.executeWithoutResult(status -> {
            tokenStore.initializeTokenSegments(processor, 1);
            tokenStore.fetchToken(processor, 0);
            tokenStore.storeToken(token, processor, 0);
        });
        assertThat(jdbc.sql("select token_type from read_model.token_entry where processor_name = ? and segment = 0")
                        .param(processor)
                        .query(String.class)
                        .single())
                .isEqualTo(token.getClass().getName());
        return transactions.execute(status -> tokenStore.fetchToken(processor, 0));
    }

    @Test
    void theJdbcEventStorageEngineStoresEventsThatAreReadBackAndProjected() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        EventStore eventStore = context.getBean(EventStore.class);
        BoardRegisteredEvent registered = new BoardRegisteredEvent(
                "AXW00002", "Wiring", new Provenance("wiring", Instant.parse("2019-05-10T09:00:00Z"), null, null));

        eventStore.publish(new GenericDomainEventMessage<>("Board", "AXW00002", 0, registered));

        assertThat(eventStore.readEvents("AXW00002").asStream().<Object>map(EventMessage::getPayload))
                .containsExactly(registered);
        assertThat(jdbc.sql("select payload_type from event_store.domain_event_entry where aggregate_identifier = ?")
                        .param("AXW00002")
                        .query(String.class)
                        .single())
                .isEqualTo(BoardRegisteredEvent.class.getName());
        BoardRepository boards = context.getBean(BoardRepository.class);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(boards.find("AXW00002")).isPresent());
    }

    @Test
    void theProjectionRunsInATrackingProcessorWithTwoSegmentsAndTheConfiguredBatchSize() {
        EventProcessor processor = processing
                .eventProcessor(PerformanceProjection.GROUP)
                .orElseThrow(() -> new AssertionError("no processor " + PerformanceProjection.GROUP));
        assertThat(processor).isInstanceOf(TrackingEventProcessor.class);
        TrackingEventProcessor tracking = (TrackingEventProcessor) processor;
        assertThat(tracking.maxCapacity()).as("thread-count").isEqualTo(2);
        // Not exposed by Axon's API: read from the processor itself, which is what the properties must reach.
        assertThat(ReflectionTestUtils.getField(tracking, "segmentsSize"))
                .as("initial-segment-count")
                .isEqualTo(2);
        assertThat(ReflectionTestUtils.getField(tracking, "batchSize"))
                .as("batch-size")
                .isEqualTo(250);

        TokenStore tokenStore = context.getBean(TokenStore.class);
        TransactionTemplate transactions = new TransactionTemplate(springTransactions);
        int[] segments = await().atMost(PATIENCE)
                .until(
                        () -> transactions.execute(status -> tokenStore.fetchSegments(PerformanceProjection.GROUP)),
                        found -> found.length == 2);
        assertThat(segments).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void theProjectionDeadLettersWithTheSequenceCacheSoThatItDoesNotAskTheQueueForEveryEvent() {
        TrackingEventProcessor processor = (TrackingEventProcessor) processing
                .eventProcessor(PerformanceProjection.GROUP)
                .orElseThrow(() -> new AssertionError("no processor " + PerformanceProjection.GROUP));
        List<EventHandlerInvoker> invokers = ((MultiEventHandlerInvoker) processor.eventHandlerInvoker()).delegates();
        assertThat(invokers).singleElement().isInstanceOf(DeadLetteringEventHandlerInvoker.class);
        // Not exposed by Axon's API: read from the invoker, which is what dlq.cache.enabled must reach.
        assertThat(ReflectionTestUtils.getField(invokers.get(0), "sequenceIdentifierCacheEnabled"))
                .as("dlq.cache.enabled")
                .isEqualTo(true);
    }

    @Test
    void noCorrelationDataIsTakenFromTheEventsTheProjectionHandles() {
        org.axonframework.config.Configuration axon = context.getBean(org.axonframework.config.Configuration.class);

        assertThat(axon.correlationDataProviders())
                .singleElement()
                .satisfies(provider -> assertThat(provider)
                        .isNotInstanceOf(MessageOriginProvider.class)
                        .satisfies(none -> assertThat(
                                        none.correlationDataFor(GenericEventMessage.asEventMessage("event")
                                                .andMetaData(Map.of("traceId", "t"))))
                                .isEmpty()));
    }
}
