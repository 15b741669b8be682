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
        MockHttpServletRequest request = request("GET");
        request.addHeader("Sec-Fetch-Site", site);
        request.addHeader("Origin", "https://evil.example");

        filter.doFilter(request, response, chain);

        assertPassed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void refusesAWriteABrowserMarksAsFromAnotherSite(String site) throws Exception {
        MockHttpServletRequest request = request("POST");
        request.addHeader("Sec-Fetch-Site", site);

        filter.doFilter(request, response, chain);

        assertRefused();
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-origin", "none"})
    void passesAWriteABrowserMarksAsFromThisOriginOrTheUser(String site) throws Exception {
        MockHttpServletRequest request = request("POST");
        request.addHeader("Sec-Fetch-Site", site);

        filter.doFilter(request, response, chain);

        assertPassed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void refusesEveryUnsafeMethodFromAForeignOrigin(String method) throws Exception {
        MockHttpServletRequest request = request(method);
        request.addHeader("Origin", "https://evil.example");

        filter.doFilter(request, response, chain);

        assertRefused();
    }

    @Test
    void refusesAWriteFromAnotherPortOfTheSameHost() throws Exception {
        MockHttpServletRequest request = request("POST");
        request.addHeader("Origin", "http://ledger.example:8082");

        filter.doFilter(request, response, chain);

        assertRefused();
    }

    @Test
    void passesAWriteWhoseOriginIsTheServiceItself() throws Exception {
        MockHttpServletRequest request = request("POST");
        request.addHeader("Origin", "http://ledger.example:8081");

        filter.doFilter(request, response, chain);

        assertPassed();
    }

    @Test
    void passesAWriteWithoutBrowserHeadersAsAnApiClientsWrite() throws Exception {
        filter.doFilter(request("POST"), response, chain);

        assertPassed();
    }

    private static MockHttpServletRequest request(String method) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/boards/E09000006/actuals");
        request.setServerName("ledger.example");
        request.setServerPort(8081);
        return request;
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
