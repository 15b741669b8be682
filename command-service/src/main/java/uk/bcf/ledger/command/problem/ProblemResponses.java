package uk.bcf.ledger.command.problem;

import java.net.URI;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.bcf.ledger.command.imports.ImportRejected;
import uk.bcf.ledger.command.imports.ImportTooLarge;
import uk.bcf.ledger.command.rules.RuleViolation;
import uk.bcf.ledger.security.UserRefused;

/**
 * Answers every refused write with RFC 9457 {@code application/problem+json}, naming the {@code field} and the
 * {@code reason}. Internal failures are logged and answered without stack traces or SQL.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "urn:bcf-ledger:problem:";

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return problem(status, violation.kind().name().toLowerCase().replace('_', '-'), violation.field(), violation.reason());
    }

    /** An import with refused rows stored nothing; the problem carries the same per-row report as a preview. */
    @ExceptionHandler(ImportRejected.class)
    ProblemDetail importRejected(ImportRejected rejected) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "file", rejected.reason());
        rejected.report().asProperties().forEach(problem::setProperty);
        return problem;
    }

    /** A user an administrator asked for that is not acceptable (name, password, roles or boards). */
    @ExceptionHandler(UserRefused.class)
    ProblemDetail userRefused(UserRefused refused) {
        return problem(HttpStatus.BAD_REQUEST, "invalid", refused.field(), refused.reason());
    }

    @ExceptionHandler(ImportTooLarge.class)
    ProblemDetail importTooLarge(ImportTooLarge tooLarge) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", tooLarge.field(), tooLarge.reason());
    }

    /** Two writers appended to one ledger at the same moment (or created it at the same moment): the loser retries. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(Exception exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", null,
                "the figure was changed by someone else at the same moment; reload it and try again");
    }

    /** A simultaneous request with the same Idempotency-Key got there first; a retry is answered from its result. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail simultaneousDuplicate(DuplicateKeyException exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", null,
                "the same request was being processed at the same moment; retry it to get its answer");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        LOG.error("Request failed unexpectedly", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null, "the request could not be completed; nothing was stored");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = exception.getCause() instanceof JacksonException jackson
                ? unreadableField(jackson)
                : problem(HttpStatus.BAD_REQUEST, "invalid", null, "the request body is missing or is not JSON");
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** An upload over {@code spring.servlet.multipart.max-file-size}, refused before it reaches a controller. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
                                                                          HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String limit = exception.getMaxUploadSize() < 0 ? "the maximum" : "the maximum of " + exception.getMaxUploadSize() + " bytes";
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "file", "is larger than " + limit + "; split it into smaller files"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException exception,
                                                                     HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String supported = exception.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(" or "));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Content-Type", "must be " + supported));
    }

    private static ProblemDetail unreadableField(JacksonException jackson) {
        String field = jackson.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(name -> name != null)
                .collect(Collectors.joining("."));
        if (jackson instanceof UnrecognizedPropertyException) {
            return problem(HttpStatus.BAD_REQUEST, "invalid", field, "is not a field of this request");
        }
        if (field.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "invalid", null, "the request body is not valid JSON");
        }
        return problem(HttpStatus.BAD_REQUEST, "invalid", field, "has the wrong type (numbers must be JSON numbers, text must be JSON strings)");
    }

    static ProblemDetail problem(HttpStatus status, String type, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field == null ? reason : field + ": " + reason);
        problem.setType(URI.create(TYPE_BASE + type));
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("reason", reason);
        return problem;
    }
}
