package uk.bcf.ledger.query.api;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Answers failed reads with RFC 9457 {@code application/problem+json}, naming the parameter and the reason. */
@RestControllerAdvice(basePackages = "uk.bcf.ledger.query")
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "urn:bcf-ledger:problem:";

    @ExceptionHandler(ReadRefused.class)
    ProblemDetail refused(ReadRefused refusal) {
        String type = refusal.status() == HttpStatus.NOT_FOUND ? "not-found" : "invalid";
        return problem(refusal.status(), type, refusal.field(), refusal.reason());
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
