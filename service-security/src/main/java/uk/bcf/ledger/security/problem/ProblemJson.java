package uk.bcf.ledger.security.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Renders a {@link Refusal} as RFC 9457 {@code application/problem+json}: {@code type} (the kind's problem type),
 * {@code title} (the status's reason phrase), {@code status}, {@code detail} ({@code field: reason}), {@code field}
 * (when the refusal names one), {@code reason} and the refusal's extension members. The one place a problem answer
 * is made: {@link ProblemExceptionHandler} returns its {@link ProblemDetail} once a controller is reached; the
 * security filters, entry points and handlers, which answer before, {@link #write write} it to the response.
 */
public final class ProblemJson {

    /** The type of an unexpected failure, which is no refusal and reveals nothing of the service's insides. */
    static final String INTERNAL_ERROR_TYPE = RefusalKind.TYPE_PREFIX + "internal-error";

    /** How long a client should wait before retrying a request refused as worth retrying, unless the refusal says. */
    private static final String RETRY_AFTER_SECONDS = "1";

    /** The extension member in which a refusal says how many seconds to wait before retrying. */
    public static final String RETRY_AFTER_MEMBER = "retryAfterSeconds";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {}

    /** The problem answering the refusal. */
    public static ProblemDetail of(Refusal refusal) {
        ProblemDetail problem =
                problem(refusal.kind().status(), refusal.kind().type(), refusal.field(), refusal.reason());
        refusal.extensions().forEach(problem::setProperty);
        return problem;
    }

    /**
     * The headers answering the refusal besides its body: {@code Retry-After} when it is worth retrying, in the
     * seconds its {@value #RETRY_AFTER_MEMBER} member says, else {@value #RETRY_AFTER_SECONDS}.
     */
    static HttpHeaders headers(Refusal refusal) {
        HttpHeaders headers = new HttpHeaders();
        if (refusal.kind().retryable()) {
            Object seconds = refusal.extensions().get(RETRY_AFTER_MEMBER);
            headers.set(HttpHeaders.RETRY_AFTER, seconds == null ? RETRY_AFTER_SECONDS : seconds.toString());
        }
        return headers;
    }

    /** Answers the refusal on the response directly, as a filter does before any controller is reached. */
    public static void write(HttpServletResponse response, Refusal refusal) throws IOException {
        ProblemDetail problem = of(refusal);
        response.setStatus(problem.getStatus());
        headers(refusal).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(members(problem)));
    }

    /** Answers a problem that is no refusal (a bare status from the container) on the response directly. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getType() == null) {
            problem.setType(URI.create("about:blank"));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(members(problem)));
    }

    /** An unexpected failure: 500, saying only that nothing was stored. */
    static ProblemDetail internalError() {
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR.value(),
                INTERNAL_ERROR_TYPE,
                null,
                "the request could not be completed; nothing was stored");
    }

    private static ProblemDetail problem(int status, String type, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(status), field == null ? reason : field + ": " + reason);
        problem.setType(URI.create(type));
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("reason", reason);
        return problem;
    }

    /** The problem's members in the order Spring MVC writes them; there is no {@code instance} outside a controller. */
    private static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
