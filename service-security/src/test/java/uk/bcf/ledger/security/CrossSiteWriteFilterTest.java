package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CrossSiteWriteFilterTest {

    private final CrossSiteWriteFilter filter = new CrossSiteWriteFilter();
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockFilterChain chain = new MockFilterChain();

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void passesAReadFromAnySite(String site) throws Exception {
        send("GET", "Sec-Fetch-Site", site, "Origin", "https://evil.example");

        assertPassed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void refusesAWriteABrowserMarksAsFromAnotherSite(String site) throws Exception {
        send("POST", "Sec-Fetch-Site", site);

        assertRefused();
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-origin", "none"})
    void passesAWriteABrowserMarksAsFromThisOriginOrTheUser(String site) throws Exception {
        send("POST", "Sec-Fetch-Site", site);

        assertPassed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void refusesEveryUnsafeMethodFromAForeignOrigin(String method) throws Exception {
        send(method, "Origin", "https://evil.example");

        assertRefused();
    }

    @Test
    void refusesAWriteFromAnotherPortOfTheSameHost() throws Exception {
        send("POST", "Origin", "http://ledger.example:8082");

        assertRefused();
    }

    @Test
    void passesAWriteWhoseOriginIsTheServiceItself() throws Exception {
        send("POST", "Origin", "http://ledger.example:8081");

        assertPassed();
    }

    @Test
    void passesAWriteWithoutBrowserHeadersAsAnApiClientsWrite() throws Exception {
        send("POST");

        assertPassed();
    }

    /** Passes a request to the service at http://ledger.example:8081 through the filter, with these headers (name, value...). */
    private void send(String method, String... headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/boards/E09000006/actuals");
        request.setServerName("ledger.example");
        request.setServerPort(8081);
        for (int header = 0; header + 1 < headers.length; header += 2) {
            request.addHeader(headers[header], headers[header + 1]);
        }
        filter.doFilter(request, response, chain);
    }

    private void assertPassed() {
        assertThat(chain.getRequest()).as("passed on").isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private void assertRefused() throws Exception {
        assertThat(chain.getRequest()).as("passed on").isNull();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("cross-site-request");
    }
}
