package uk.bcf.ledger.query.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The container's error path answers an API or actuator address with problem+json even when the client accepts
 * HTML (so the HTML mapping is the one chosen), and a page address with the HTML page.
 */
class ErrorPageControllerTest {

    private final ErrorPageController controller = new ErrorPageController();

    @Test
    void anApiAddressIsProblemJsonEvenWhenHtmlIsAccepted() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView view = controller.page(failed("/api/boards/E09000006/spc/NEL", 404), response);

        assertThat(view).isNull();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":404");
    }

    @Test
    void anApiRefusalKeepsItsFieldAndReason() throws Exception {
        MockHttpServletRequest request = failed("/api/boards/E09000006/performance/2019-20", 400);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, Refusal.invalid("asOf", "is not a moment"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(controller.page(request, response)).isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"asOf\"").contains("is not a moment");
    }

    @Test
    void aPageAddressIsTheHtmlPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView view = controller.page(failed("/boards/E09000006/performance/2019-20", 404), response);

        assertThat(view).isNotNull();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(view.getModel().get("problem")).isInstanceOf(ErrorPage.class);
    }

    private static MockHttpServletRequest failed(String uri, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.addHeader("Accept", "text/html");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
