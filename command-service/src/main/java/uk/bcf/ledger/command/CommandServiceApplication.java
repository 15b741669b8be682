package uk.bcf.ledger.command;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.axon.EnableAxonOnPostgres;
import uk.bcf.ledger.security.EnableLedgerSecurity;

/** The write side: accepts commands over HTTP and appends events to the PostgreSQL event store. */
@SpringBootApplication
@EnableAxonOnPostgres
@EnableLedgerSecurity
public class CommandServiceApplication {

    /** The name of this service's configuration file ({@code command-service.yml}), distinct from the query service's. */
    public static final String CONFIG_NAME = "command-service";

    public static void main(String[] args) {
        AxonUpdateCheck.disableUnlessConfigured();
        SpringApplication application = new SpringApplication(CommandServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
