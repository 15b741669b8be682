package uk.bcf.ledger.query;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.axon.EnableAxonOnPostgres;
import uk.bcf.ledger.security.EnableLedgerSecurity;

/**
 * The read side: tails the PostgreSQL event store with Axon streaming processors into read tables, and serves
 * the read API and web pages. Runs as its own process; any number of instances share the processors' segments.
 */
@SpringBootApplication
@EnableAxonOnPostgres
@EnableLedgerSecurity
public class QueryServiceApplication {

    /** The name of this service's configuration file ({@code query-service.yml}), distinct from the command service's. */
    public static final String CONFIG_NAME = "query-service";

    public static void main(String[] args) {
        AxonUpdateCheck.disableUnlessConfigured();
        SpringApplication application = new SpringApplication(QueryServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
