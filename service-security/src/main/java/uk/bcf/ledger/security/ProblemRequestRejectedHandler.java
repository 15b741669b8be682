package uk.bcf.ledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import uk.bcf.ledger.security.problem.ProblemJson;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Answers a request that Spring Security's firewall refuses (an encoded {@code ;}, {@code /}, {@code \} or
 * {@code %} in the URL, a {@code ..} segment, a header with control characters) with a 400 problem like every other
 * refusal, rather than the servlet container's error page. The offending text is not repeated back.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        ProblemJson.write(response, refusal());
    }

    /** The refusal of a request the firewall refuses, in the same words wherever it is answered. */
    public static Refusal refusal() {
        return Refusal.invalid(
                null,
                "the request's URL or headers contain characters that are refused, such as an encoded ';', '/', '\\' or '%'");
    }
}
