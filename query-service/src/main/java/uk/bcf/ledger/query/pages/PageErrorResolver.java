package uk.bcf.ledger.query.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import uk.bcf.ledger.security.problem.SpringMvcRefusals;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Answers a browser's page request that failed with an HTML error page in words (the reason, the field, a way back)
 * instead of problem+json; API calls fall through to {@code ProblemExceptionHandler}, which answers them as before.
 * A refusal keeps its status; a required parameter that is missing or a parameter of the wrong type is named, in the
 * words an API client gets ({@link SpringMvcRefusals}); Spring MVC's other errors (an unknown page is a 404) keep
 * their status; anything else is a 500 that says nothing of its cause. Whether it is a page request is told from the
 * path and {@code Accept} only ({@link PageRequests}).
 */
@Component
class PageErrorResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrorResolver.class);

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (!PageRequests.isPage(request)) {
            return null;
        }
        ErrorPage page;
        Refusal ofSpring = SpringMvcRefusals.of(exception);
        if (exception instanceof Refusal refusal) {
            page = ErrorPage.of(refusal, request);
        } else if (ofSpring != null) {
            page = ErrorPage.of(ofSpring, request);
        } else if (exception instanceof MaxUploadSizeExceededException) {
            page = ErrorPage.of(413, request);
        } else if (exception instanceof ErrorResponse error
                && error.getStatusCode().is4xxClientError()) {
            page = ErrorPage.of(error.getStatusCode().value(), request);
        } else {
            LOG.error("Page request failed unexpectedly", exception);
            page = ErrorPage.of(500, request);
        }
        response.setStatus(page.status());
        return ErrorPages.view(page);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
