package uk.bcf.ledger.query.pages;

import org.springframework.web.servlet.ModelAndView;

/** The one template every HTML error page is drawn with ({@code templates/error.html}). */
final class ErrorPages {

    private ErrorPages() {}

    static ModelAndView view(ErrorPage page) {
        ModelAndView view = new ModelAndView("error");
        view.addObject("problem", page);
        return view;
    }
}
