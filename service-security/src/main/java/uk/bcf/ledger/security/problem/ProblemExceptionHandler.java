package uk.bcf.ledger.security.problem;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonReadContext;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * The controller advice of both services: answers every {@link Refusal} a controller, an interceptor or the
 * command or query bus throws with its problem ({@link ProblemJson}), turns the refusals Spring MVC makes itself (a
 * body that is not JSON or names an unknown field, an upload over the multipart limit, an unsupported media type, a
 * required parameter, part or header that is missing, a parameter of the wrong type, a multipart body that cannot be
 * read: {@link SpringMvcRefusals}) into refusals of the same vocabulary, as it does a row two requests inserted at the same moment and an unreachable
 * database (503, {@link DatabaseOutage}), and answers an unexpected failure with a 500 that reveals nothing of the
 * service's insides (the failure is logged). Other
 * exceptions of Spring MVC keep its own problem answers.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        return ResponseEntity.status(refusal.kind().status())
                .headers(ProblemJson.headers(refusal))
                .body(ProblemJson.of(refusal));
    }

    /**
     * Two requests inserted the same row at the same moment (such as two changes of one user's boards) and this one
     * lost: its transaction rolled back, and it may be retried. A command's duplicate key is refused where the command
     * is sent, in words of its own.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> simultaneousInsert(DuplicateKeyException exception) {
        return refused(
                new Refusal(
                        RefusalKind.CONCURRENT_CHANGE,
                        null,
                        "the same data was being changed by another request at the same moment; nothing was stored, try again"));
    }

    /** A multipart body that cannot be read (cut short or malformed): the sender's fault, not the service's. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException exception) {
        Refusal refusal = SpringMvcRefusals.of(exception);
        return refused(refusal == null ? Refusal.tooLarge("file", "is larger than the maximum") : refusal);
    }

    /**
     * Anything else: 503 with {@code Retry-After} when the database cannot be reached ({@link DatabaseOutage}),
     * otherwise a 500 revealing nothing.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (DatabaseOutage.causedBy(exception)) {
            LOG.warn(
                    "Request failed: the database cannot be reached ({})",
                    exception.getClass().getSimpleName());
            return refused(DatabaseOutage.refusal());
        }
        LOG.error("Request failed unexpectedly", exception);
        return ResponseEntity.internalServerError()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemJson.internalError());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Refusal refusal = exception.getCause() instanceof JacksonException jackson
                ? unreadableField(jackson)
                : Refusal.invalid(null, "the request body is missing or is not JSON");
        return answer(refusal, new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return answer(SpringMvcRefusals.of(exception), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return answer(SpringMvcRefusals.of(exception), new HttpHeaders());
    }

    /** A missing header ({@code MissingRequestHeaderException}); other binding failures keep Spring's answer. */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Refusal refusal = SpringMvcRefusals.of(exception);
        return refusal == null
                ? super.handleServletRequestBindingException(exception, headers, status, request)
                : answer(refusal, new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(SpringMvcRefusals.of(exception), new HttpHeaders());
    }

    /** An upload over {@code spring.servlet.multipart.max-file-size}, refused before it reaches a controller. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String limit = exception.getMaxUploadSize() < 0
                ? "the maximum"
                : "the maximum of " + exception.getMaxUploadSize() + " bytes";
        return answer(
                Refusal.tooLarge("file", "is larger than " + limit + "; split it into smaller files"),
                new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String supported = exception.getSupportedMediaTypes().stream()
                .map(MediaType::toString)
                .collect(Collectors.joining(" or "));
        return answer(new Refusal(RefusalKind.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "must be " + supported), headers);
    }

    /** A refusal of Spring MVC's own, with the headers it comes with (such as {@code Accept} for a 415). */
    private static ResponseEntity<Object> answer(Refusal refusal, HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        all.addAll(headers);
        all.addAll(ProblemJson.headers(refusal));
        return ResponseEntity.status(refusal.kind().status())
                .headers(all)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemJson.of(refusal));
    }

    private static Refusal unreadableField(JacksonException jackson) {
        String duplicate = duplicateKey(jackson);
        if (duplicate != null) {
            return Refusal.invalid(duplicate, "is given twice; give each field once");
        }
        String field = jackson.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(name -> name != null)
                .collect(Collectors.joining("."));
        if (jackson instanceof UnrecognizedPropertyException) {
            return Refusal.invalid(field, "is not a field of this request");
        }
        if (field.isEmpty()) {
            return Refusal.invalid(null, "the request body is not valid JSON");
        }
        return Refusal.invalid(field, "has the wrong type (numbers must be JSON numbers, text must be JSON strings)");
    }

    /**
     * The key a body gives twice, when that is why it could not be read ({@code spring.jackson.read.
     * strict-duplicate-detection}): the parser stopped at the key, which its duplicate detector has already seen.
     */
    private static String duplicateKey(JacksonException jackson) {
        JsonParser parser = jackson instanceof StreamReadException read ? read.processor() : null;
        if (parser != null
                && parser.streamReadContext() instanceof JsonReadContext context
                && context.getDupDetector() != null
                && context.currentName() != null
                && context.getDupDetector().isDup(context.currentName())) {
            return context.currentName();
        }
        return null;
    }
}
