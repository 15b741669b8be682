package uk.bcf.ledger.query.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Primary;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.security.ProblemRequestRejectedHandler;

/**
 * A request the firewall refuses (an encoded {@code /} in the address, a {@code ..} segment) is, for a browser on a
 * page address, the HTML error page in the same words with a way back: the refusal is handed to the container's error
 * path ({@link ErrorPageController}). API clients keep the problem+json answer of {@link ProblemRequestRejectedHandler}.
 * Primary over that handler, which Spring Security would otherwise take.
 */
@Component
@Primary
class PageRequestRejectedHandler implements RequestRejectedHandler {

    private final ProblemRequestRejectedHandler problems;

    PageRequestRejectedHandler(ProblemRequestRejectedHandler problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (!PageRequests.isPage(request)) {
            problems.handle(request, response, rejected);
            return;
        }
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ProblemRequestRejectedHandler.refusal());
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
