package uk.bcf.ledger.query.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

class PageErrorResolverTest {

    private final PageErrorResolver resolver = new PageErrorResolver();

    @Test
    void aParameterOfTheWrongTypeIsAPageNamingItAndSayingWhatItMustBe() throws Exception {
        MethodParameter parameter =
                new MethodParameter(PageErrorResolverTest.class.getDeclaredMethod("typed", int.class), 0);
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView view = resolver.resolveException(
                page(),
                response,
                null,
                new MethodArgumentTypeMismatchException("many", int.class, "version", parameter, null));

        ErrorPage problem = (ErrorPage) view.getModel().get("problem");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.field()).isEqualTo("version");
        assertThat(problem.reason()).isEqualTo("must be a whole number");
    }

    @Test
    void aMissingParameterIsAPageNamingIt() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView view = resolver.resolveException(
                page(), response, null, new MissingServletRequestParameterException("content", "String"));

        ErrorPage problem = (ErrorPage) view.getModel().get("problem");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.field()).isEqualTo("content");
        assertThat(problem.reason()).isEqualTo("is required");
    }

    @Test
    void anApiCallIsLeftToTheProblemAnswers() {
        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/boards/E09000006/spc/NEL");
        api.addHeader("Accept", "text/html");

        assertThat(resolver.resolveException(
                        api,
                        new MockHttpServletResponse(),
                        null,
                        new MissingServletRequestParameterException("from", "String")))
                .isNull();
    }

    private static MockHttpServletRequest page() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/boards/E09000006/imports/apply");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        return request;
    }

    @SuppressWarnings("unused")
    private static void typed(int version) {}
}
