package uk.bcf.ledger.query.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * A form body that cannot be read at all (a value that is not properly percent-encoded, a multipart body cut short
 * on the way) is refused here, before the CSRF check or anything else asks for its fields: 400 with a reason in
 * words, drawn by the error page ({@code /error}) as the HTML page for a browser and as problem+json for an API
 * client. The servlet container says a body cannot be read by throwing {@link IllegalStateException} when its
 * parameters are asked for (Jakarta Servlet 6.1); nothing of its message is read.
 *
 * <p>The container answers every later question about the parameters with the same failure, so the error page is
 * shown for the request as one without a body ({@link BodylessRequest}), which the error page and the filters on
 * its way read safely.
 */
final class UnreadableFormFilter extends OncePerRequestFilter {

    /** Why a form that cannot be read is refused, for browsers and API clients alike. */
    static final String REASON = "the form could not be read: a value in it is not properly encoded, or it was cut "
            + "short on the way. Nothing was stored; go back and send the form again";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null
                || !(type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                        || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            Refusal refusal = Refusal.invalid(null, REASON);
            request.setAttribute(
                    RequestDispatcher.ERROR_STATUS_CODE, refusal.kind().status());
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
            response.setStatus(refusal.kind().status());
            response.setHeader(HttpHeaders.CONNECTION, "close");
            request.getRequestDispatcher("/error").forward(new BodylessRequest(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request as a GET without a body or parameters: what the error page is drawn for. */
    private static final class BodylessRequest extends HttpServletRequestWrapper {

        BodylessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return HttpMethod.GET.name();
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
