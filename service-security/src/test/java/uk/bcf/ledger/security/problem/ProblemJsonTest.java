package uk.bcf.ledger.security.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

class ProblemJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({
        "INVALID, 400, Bad Request, urn:bcf-ledger:problem:invalid",
        "UNAUTHENTICATED, 401, Unauthorized, urn:bcf-ledger:problem:unauthenticated",
        "FORBIDDEN, 403, Forbidden, urn:bcf-ledger:problem:forbidden",
        "CROSS_SITE_REQUEST, 403, Forbidden, urn:bcf-ledger:problem:cross-site-request",
        "NOT_FOUND, 404, Not Found, urn:bcf-ledger:problem:not-found",
        "CONFLICT, 409, Conflict, urn:bcf-ledger:problem:conflict",
        "CONCURRENT_CHANGE, 409, Conflict, urn:bcf-ledger:problem:concurrent-change",
        "TOO_LARGE, 413, Content Too Large, urn:bcf-ledger:problem:too-large",
        "UNSUPPORTED_MEDIA_TYPE, 415, Unsupported Media Type, urn:bcf-ledger:problem:unsupported-media-type",
        "UNPROCESSABLE, 422, Unprocessable Content, urn:bcf-ledger:problem:unprocessable",
        "IMPORT_REJECTED, 422, Unprocessable Content, urn:bcf-ledger:problem:import-rejected",
        "NOT_CAUGHT_UP, 503, Service Unavailable, urn:bcf-ledger:problem:not-caught-up",
    })
    void writesEachKindWithItsStatusTitleAndType(RefusalKind kind, int status, String title, String type)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemJson.write(response, new Refusal(kind, "period", "is required"));

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("type", "title", "status", "detail", "field", "reason");
        assertThat(body.get("type").asString()).isEqualTo(type);
        assertThat(body.get("title").asString()).isEqualTo(title);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asString()).isEqualTo("period: is required");
        assertThat(body.get("field").asString()).isEqualTo("period");
        assertThat(body.get("reason").asString()).isEqualTo("is required");
    }

    @ParameterizedTest
    @EnumSource(RefusalKind.class)
    void theProblemDetailOfAControllerHasTheSameMembersAsTheBodyAFilterWrites(RefusalKind kind) throws Exception {
        Refusal refusal = new Refusal(kind, "Origin", "was refused");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemDetail problem = ProblemJson.of(refusal);
        ProblemJson.write(response, refusal);

        JsonNode written = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.getType()).hasToString(written.get("type").asString());
        assertThat(problem.getTitle()).isEqualTo(written.get("title").asString());
        assertThat(problem.getStatus()).isEqualTo(written.get("status").asInt());
        assertThat(problem.getDetail()).isEqualTo(written.get("detail").asString());
        assertThat(problem.getProperties())
                .containsExactly(Map.entry("field", "Origin"), Map.entry("reason", "was refused"));
    }

    @Test
    void aRefusalOfTheRequestAsAWholeNamesNoField() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemJson.write(response, Refusal.forbidden(null, "your roles or boards do not allow this request"));

        JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.has("field")).isFalse();
        assertThat(body.get("detail").asString()).isEqualTo("your roles or boards do not allow this request");
        assertThat(body.get("reason").asString()).isEqualTo("your roles or boards do not allow this request");
    }

    @Test
    void extensionMembersFollowTheReasonInTheirOrder() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("dryRun", false);
        report.put("totals", Map.of("rows", 2, "errors", 1));
        report.put("rows", List.of(Map.of("line", 3, "column", "value")));
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemJson.write(response, new Refusal(RefusalKind.IMPORT_REJECTED, "file", "1 of 2 rows refused", report));

        JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("type", "title", "status", "detail", "field", "reason", "dryRun", "totals", "rows");
        assertThat(body.get("totals").get("errors").asInt()).isOne();
        assertThat(body.get("rows").get(0).get("column").asString()).isEqualTo("value");
    }

    @Test
    void onlyARefusalWorthRetryingSaysWhenToRetry() throws Exception {
        MockHttpServletResponse notCaughtUp = new MockHttpServletResponse();
        MockHttpServletResponse notFound = new MockHttpServletResponse();

        ProblemJson.write(notCaughtUp, Refusal.notCaughtUp("awaitPosition", "not processed in time"));
        ProblemJson.write(notFound, Refusal.notFound("board", "no board with code 'E09999999'"));

        assertThat(notCaughtUp.getHeader("Retry-After")).isEqualTo("1");
        assertThat(notFound.getHeader("Retry-After")).isNull();
    }

    @Test
    void anUnexpectedFailureSaysNothingOfTheServicesInsides() {
        ProblemDetail problem = ProblemJson.internalError();

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getType()).hasToString("urn:bcf-ledger:problem:internal-error");
        assertThat(problem.getProperties()).containsOnlyKeys("reason");
        assertThat(problem.getDetail()).isEqualTo("the request could not be completed; nothing was stored");
    }
}
