package uk.bcf.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.testsupport.RawHttp;

/**
 * Behind a TLS-terminating proxy, configured as such (forwarded headers from the proxy's address are believed), the
 * query service marks its cookies {@code Secure}; its redirects still name no host.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
@DirtiesContext
class BehindAProxyIT extends QueryServiceTestDatabase {

    @LocalServerPort
    int port;

    @Test
    void cookiesAreSecureWhenTheConfiguredProxySaysTheConnectionWasTls() {
        String answer = RawHttp.get(
                port, "/login", "Host: ledger.example.gov.uk", "Accept: text/html", "X-Forwarded-Proto: https");

        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(answer.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11)))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure", "SameSite=Lax"));
    }
}
