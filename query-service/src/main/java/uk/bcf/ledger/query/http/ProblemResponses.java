package uk.bcf.ledger.query.http;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers failed reads with RFC 9457 {@code application/problem+json}, naming the parameter and the reason. A
 * read that timed out waiting for the projection also says when to try again ({@code Retry-After}, in seconds).
 */
@RestControllerAdvice(basePackages = "uk.bcf.ledger.query")
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "urn:bcf-ledger:problem:";
    private static final String RETRY_AFTER_SECONDS = "1";

    @ExceptionHandler(ReadRefused.class)
    ResponseEntity<ProblemDetail> refused(ReadRefused refusal) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.status());
        if (refusal.retryable()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(problem(refusal.status(), refusal.type(), refusal.field(), refusal.reason()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        LOG.error("Read failed unexpectedly", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null, "the request could not be answered");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field == null ? reason : field + ": " + reason);
        problem.setType(URI.create(TYPE_BASE + type));
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("reason", reason);
        return problem;
    }
}
