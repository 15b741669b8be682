package uk.bcf.ledger.query.relay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the command service answers, as the query service reaches it ({@code bcf.command-service.*}).
 *
 * @param url     its base address ({@code BCF_COMMAND_SERVICE_URL}), never shown to a browser
 * @param timeout how long a relayed write may take, an import included
 */
@ConfigurationProperties("bcf.command-service")
public record CommandServiceProperties(
        @DefaultValue("http://127.0.0.1:8081") String url,
        @DefaultValue("60s") Duration timeout) {}
