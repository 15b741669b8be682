package uk.bcf.ledger.query.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.query.QueryServiceApplication;
import uk.bcf.ledger.query.TestOperator;
import uk.bcf.ledger.query.projection.PerformanceProjection;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * One more query-service instance in the test JVM, on a database shared with others, under a node name of its own
 * (two instances in one JVM would otherwise claim segments under the same name), on a random port.
 */
final class QueryInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private QueryInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static QueryInstance start(TestDatabase database, String node, Map<String, String> properties) {
        return start(database, database.jdbcUrl(), node, properties);
    }

    /** An instance reaching the database at the URL, such as through a proxy. */
    static QueryInstance start(TestDatabase database, String url, String node, Map<String, String> properties) {
        AxonUpdateCheck.disableUnlessConfigured();
        List<String> all = new ArrayList<>(List.of(
                "spring.config.name=" + QueryServiceApplication.CONFIG_NAME,
                "server.port=0",
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "bcf.security.admin.user=" + TestUser.ADMIN.name(),
                "bcf.security.admin.password=" + TestUser.ADMIN.password(),
                "bcf.axon.node-id=" + node));
        properties.forEach((key, value) -> all.add(key + "=" + value));
        return new QueryInstance(new SpringApplicationBuilder(QueryServiceApplication.class, TestOperator.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new)));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    StreamingEventProcessor projection() {
        return bean(StreamingProcessorRegistry.class).byName().get(PerformanceProjection.GROUP);
    }

    /** The segments this instance holds. */
    int claimedSegments() {
        return projection().processingStatus().size();
    }

    @Override
    public void close() {
        context.close();
    }
}
