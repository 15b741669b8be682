package uk.bcf.ledger.security.problem;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The refusals Spring MVC makes itself before a controller method runs, in the ledger's vocabulary: a required
 * parameter, part or header that is missing (its name, "is required"), a parameter that cannot be converted to the
 * type the controller binds (its name and what it must be), a multipart body that cannot be read (cut short or
 * malformed). Read from the exception's type and its properties, never from its message. Shared by the API's
 * problem answers ({@link ProblemExceptionHandler}) and the query service's HTML error pages.
 */
public final class SpringMvcRefusals {

    private SpringMvcRefusals() {}

    /** The refusal this exception of Spring MVC stands for, or null when it is not one of those above. */
    public static Refusal of(Exception exception) {
        if (exception instanceof MissingServletRequestParameterException missing) {
            return Refusal.invalid(missing.getParameterName(), "is required");
        }
        if (exception instanceof MissingServletRequestPartException missing) {
            return Refusal.invalid(missing.getRequestPartName(), "is required");
        }
        if (exception instanceof MissingRequestHeaderException missing) {
            return Refusal.invalid(missing.getHeaderName(), "is required");
        }
        if (exception instanceof TypeMismatchException mismatch) {
            String name = mismatch instanceof MethodArgumentTypeMismatchException argument
                    ? argument.getName()
                    : mismatch.getPropertyName();
            return Refusal.invalid(name, "must be " + expected(mismatch.getRequiredType()));
        }
        if (exception instanceof MultipartException && !(exception instanceof MaxUploadSizeExceededException)) {
            return Refusal.invalid(
                    null,
                    "the form and its file could not be read (it may have been cut short on the way); choose the "
                            + "file and send the form again");
        }
        return null;
    }

    /** What a value of this type looks like, in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == int.class
                || type == long.class
                || type == short.class
                || type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date such as 2019-11-21";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a moment such as 2019-11-21T17:00:00Z";
        }
        return "of another type";
    }
}
