package uk.bcf.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyLimitFilterTest {

    private static final int LIMIT = 16;
    private static final int UPLOAD_LIMIT = 64;

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(new LedgerSecurityProperties.RequestBody(
            DataSize.ofBytes(LIMIT), DataSize.ofBytes(UPLOAD_LIMIT), List.of("/api/imports", "/api/boards/*/imports")));
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockFilterChain chain = new MockFilterChain();

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReadingTheBody() throws Exception {
        UnreadableBody request = new UnreadableBody("/api/boards/E09000006/actuals", 10_000_000_000L);

        filter.doFilter(request, response, chain);

        assertTooLarge(LIMIT);
        assertThat(request.read).isFalse();
    }

    @Test
    void refusesAChunkedBodyOverTheLimit() throws Exception {
        filter.doFilter(chunked("/api/boards/E09000006/actuals", "x".repeat(LIMIT + 1)), response, chain);

        assertTooLarge(LIMIT);
    }

    @Test
    void passesOnADeclaredBodyWithinTheLimitUntouched() throws Exception {
        MockHttpServletRequest request = declared("/api/boards/E09000006/actuals", "{\"value\":12345}");

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void passesOnAChunkedBodyWithinTheLimitWithTheSameBytes() throws Exception {
        String body = "{\"v\":\"£12\"}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(LIMIT);

        filter.doFilter(chunked("/api/boards/E09000006/actuals", body), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest().getInputStream().readAllBytes()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(chain.getRequest().getContentLengthLong()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void passesOnAChunkedBodyOfExactlyTheLimit() throws Exception {
        filter.doFilter(chunked("/api/boards/E09000006/actuals", "x".repeat(LIMIT)), response, chain);

        assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("x".repeat(LIMIT));
    }

    @Test
    void givesTheImportPathTheUploadLimit() throws Exception {
        filter.doFilter(declared("/api/imports", "x".repeat(UPLOAD_LIMIT)), response, chain);

        assertThat(chain.getRequest()).as("passed on").isNotNull();
    }

    @Test
    void givesABoardsImportPathTheUploadLimitForAChunkedBody() throws Exception {
        filter.doFilter(chunked("/api/boards/E09000006/imports", "x".repeat(UPLOAD_LIMIT)), response, chain);

        assertThat(chain.getRequest().getInputStream().readAllBytes()).hasSize(UPLOAD_LIMIT);
    }

    @Test
    void refusesAnUploadOverTheUploadLimit() throws Exception {
        filter.doFilter(declared("/api/boards/E09000006/imports", "x".repeat(UPLOAD_LIMIT + 1)), response, chain);

        assertTooLarge(UPLOAD_LIMIT);
    }

    @Test
    void givesOtherPathsUnderABoardTheOrdinaryLimit() throws Exception {
        filter.doFilter(declared("/api/boards/E09000006/imports/extra", "x".repeat(LIMIT + 1)), response, chain);

        assertTooLarge(LIMIT);
    }

    private void assertTooLarge(int limit) throws IOException {
        assertThat(chain.getRequest()).as("passed on").isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("field").asString()).isEqualTo("body");
        assertThat(problem.get("reason").asString()).contains(String.valueOf(limit));
    }

    private static MockHttpServletRequest declared(String path, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** A body sent with {@code Transfer-Encoding: chunked}: no length is declared. */
    private static MockHttpServletRequest chunked(String path, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** A request declaring a huge body, which notes whether anything tried to read it. */
    private static final class UnreadableBody extends MockHttpServletRequest {

        private final long declared;
        private boolean read;

        UnreadableBody(String path, long declared) {
            super("POST", path);
            this.declared = declared;
            setContentType("application/json");
        }

        @Override
        public long getContentLengthLong() {
            return declared;
        }

        @Override
        public ServletInputStream getInputStream() {
            read = true;
            return super.getInputStream();
        }
    }
}
