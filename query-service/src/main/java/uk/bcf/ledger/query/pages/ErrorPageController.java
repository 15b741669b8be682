package uk.bcf.ledger.query.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import uk.bcf.ledger.security.problem.ProblemJson;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The container's error path ({@code /error}), in place of Spring Boot's "Whitelabel" page: errors that happen outside
 * a controller (a malformed address, a form that cannot be read, a refusal of the security filters forwarded here)
 * are an HTML page in words for browsers and problem+json for everyone else, in the refusal's words when there is one.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (forApi(request)) {
            if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Refusal refusal) {
                ProblemJson.write(response, refusal);
            } else {
                ProblemJson.write(response, ProblemDetail.forStatus(status(request)));
            }
            return null;
        }
        ErrorPage page = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Refusal refusal
                ? ErrorPage.of(refusal, request)
                : ErrorPage.of(status(request), request);
        response.setStatus(page.status());
        return ErrorPages.view(page);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Refusal refusal) {
            return ResponseEntity.status(refusal.kind().status())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemJson.of(refusal));
        }
        int status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** An error of an API or actuator address is problem+json whatever the client accepts: pages are not the API's. */
    private static boolean forApi(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && (uri.startsWith("/api/") || uri.startsWith("/actuator"));
    }

    private static int status(HttpServletRequest request) {

        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
                ? status
                : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
