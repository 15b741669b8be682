package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions on refusals: the status, an RFC 9457 problem naming the field, and nothing of the service's insides. */
final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** Asserts a problem answer with this status that names {@code field} (or no particular field when null). */
    static JsonNode assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("reason").asString()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("field")).as(response.body()).isNotNull();
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
        assertRevealsNothingInternal(response);
        return problem;
    }

    /** No stack trace, exception or SQL in an answer. */
    static void assertRevealsNothingInternal(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Exception", "at uk.", "at org.", "SQL", "insert into", "\"trace\"");
    }
}
