package uk.bcf.ledger.query.http;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's {@code servers}: the configured public address of the service ({@code bcf.public-url},
 * such as {@code https://ledger.example.gov.uk}), or {@code /} (the document's own host) when none is set;
 * never a host taken from the request's {@code Host} header, which anyone can send.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiServers {

    @Bean
    OpenAPI readApiDocument(@Value("${bcf.public-url:}") String publicUrl) {
        return new OpenAPI().addServersItem(new Server().url(publicUrl.isBlank() ? "/" : publicUrl));
    }
}
