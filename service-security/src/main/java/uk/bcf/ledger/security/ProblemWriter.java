package uk.bcf.ledger.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 {@code application/problem+json} answer from a servlet filter, before any controller (and its
 * exception handlers) is reached: the same shape, with {@code field} and {@code reason}, as the services' own
 * problem responses.
 */
public final class ProblemWriter {

    private static final String TYPE_BASE = "urn:bcf-ledger:problem:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String field, String reason)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", field == null ? reason : field + ": " + reason);
        if (field != null) {
            problem.put("field", field);
        }
        problem.put("reason", reason);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
