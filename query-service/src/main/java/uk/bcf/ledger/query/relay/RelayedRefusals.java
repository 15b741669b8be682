package uk.bcf.ledger.query.relay;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Turns the command service's problem answer (RFC 9457, one refusal vocabulary, ADR 11) back into the same
 * {@link Refusal}: the kind from its {@code type}, the {@code field} and {@code reason}, and its other members (such
 * as an import's report) as extensions. A failure without a problem body is an error of the relay itself.
 */
final class RelayedRefusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "field", "reason");

    private RelayedRefusals() {}

    @SuppressWarnings("unchecked")
    static void raise(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        Map<String, Object> problem;
        try {
            problem = body.length == 0 ? Map.of() : JSON.readValue(body, Map.class);
        } catch (RuntimeException unreadable) {
            problem = Map.of();
        }
        Object type = problem.get("type");
        RefusalKind kind = Arrays.stream(RefusalKind.values())
                .filter(candidate -> candidate.type().equals(type))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("the command service answered " + status + " without a problem"));
        Map<String, Object> extensions = new LinkedHashMap<>();
        problem.forEach((name, value) -> {
            if (!STANDARD_MEMBERS.contains(name) && value != null) {
                extensions.put(name, value);
            }
        });
        throw new Refusal(kind, text(problem.get("field")), reasonOf(problem), extensions);
    }

    private static String reasonOf(Map<String, Object> problem) {
        String reason = text(problem.get("reason"));
        return reason != null ? reason : text(problem.get("detail"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
