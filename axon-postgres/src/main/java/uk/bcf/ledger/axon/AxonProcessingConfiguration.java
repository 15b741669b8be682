package uk.bcf.ledger.axon;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC token store and the JDBC dead-letter queue used by streaming processors. A processing group gets a
 * dead-letter queue when {@code axon.eventhandling.processors.<group>.dlq.enabled=true}. The token store is read
 * without claims through {@link TokenStoreReader}.
 */
@Configuration(proxyBeanMethods = false)
class AxonProcessingConfiguration {

    @Bean
    ProcessingNode processingNode(AxonPostgresProperties properties) {
        return ProcessingNode.of(properties);
    }

    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider,
            Serializer serializer,
            AxonPostgresProperties properties,
            ProcessingNode node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(AxonTables.tokenSchema())
                .claimTimeout(properties.tokenClaimTimeout())
                .nodeId(node.id())
                .build();
    }

    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProvider(
            EventProcessorProperties processorProperties,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(
                processorProperties,
                processingGroup -> configuration -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(AxonTables.deadLetterSchema())
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build());
    }

    @Bean
    TokenStoreReader tokenStoreReader(DataSource dataSource, Serializer serializer) {
        return new JdbcTokenStoreReader(dataSource, serializer, AxonTables.tokenSchema());
    }
}
