package uk.bcf.ledger.security.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something, from where: the signed-in user's name (or {@value #SYSTEM} for the service itself) and the
 * client's address as the servlet container reports it. The address honours forwarded headers only as configured
 * ({@code server.forward-headers-strategy} and the trusted proxies); a header a client adds itself is never believed.
 *
 * @param name          who acted
 * @param clientAddress from where, or null outside a request
 */
public record Actor(String name, String clientAddress) {

    /** The name of the service acting by itself (start-up, migrations). */
    public static final String SYSTEM = "system";

    /** The service itself, outside any request. */
    public static Actor system() {
        return new Actor(SYSTEM, null);
    }

    /** The signed-in caller of the request. */
    public static Actor of(HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String name = caller == null || caller instanceof AnonymousAuthenticationToken ? "anonymous" : caller.getName();
        return new Actor(name, request.getRemoteAddr());
    }

    /** Someone named, from the address of the request being handled in this thread, if any. */
    public static Actor named(String name) {
        return new Actor(name, currentClientAddress().orElse(null));
    }

    /** The address of the request being handled in this thread, if any. */
    public static Optional<String> currentClientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr())
                : Optional.empty();
    }
}
