package uk.bcf.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.testsupport.RawHttp;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A forged {@code Host} header is reflected nowhere: redirects give the path only, and the OpenAPI document's server
 * is the configured public address ({@code /} when none is configured). Forwarded headers are not believed unless
 * configured: a client claiming {@code X-Forwarded-Proto: https} over plain HTTP gets no {@code Secure} cookie.
 */
class HostHeaderIT extends QueryServiceTestDatabase {

    private static final String EVIL = "attacker.example";

    @LocalServerPort
    int port;

    @Test
    void aRedirectToTheLoginPageNamesNoHost() {
        String answer = RawHttp.get(port, "/", "Host: " + EVIL, "Accept: text/html");

        assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login\r\n");
        assertThat(answer).doesNotContain(EVIL);
    }

    @Test
    void theOpenApiServerIsNotTheHostAsked() {
        String answer = RawHttp.get(
                port,
                "/v3/api-docs",
                "Host: " + EVIL,
                "X-Forwarded-Host: " + EVIL,
                "Authorization: " + TestUser.OPERATOR.authorization());

        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"servers\":[{\"url\":\"/\"");
        assertThat(answer).doesNotContain(EVIL);
    }

    @Test
    void aClaimedTlsConnectionIsNotBelievedUnlessConfigured() {
        String answer = RawHttp.get(port, "/login", "Host: localhost", "Accept: text/html", "X-Forwarded-Proto: https");

        assertThat(answer).startsWith("HTTP/1.1 200").containsIgnoringCase("Set-Cookie:");
        assertThat(answer.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11)))
                .allSatisfy(
                        cookie -> assertThat(cookie).doesNotContain("Secure").contains("SameSite=Lax"));
    }
}
