package uk.bcf.ledger.query.report;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a quarterly report as a board paper, the HTML {@link QuarterlyReportPdf} lays out for A4: the
 * {@code report-paper} template (the report without the page's navigation, links and moment picker) with
 * {@code report/paper.css}, "Page n of m" in the footer and every fraction unbreakable ({@link UnbreakableText}).
 * Like the page, it depends on nothing but the report, so a report as of a sign-off always gives the same paper.
 */
@Component
class QuarterlyReportPaperHtml {

    /** Where the paper's stylesheet (and so every relative link of the paper) resolves: inside the jar. */
    static final String BASE_URI =
            QuarterlyReportPaperHtml.class.getResource("/report/paper.css").toExternalForm();

    private static final String TEMPLATE = "report-paper";

    private final ITemplateEngine templates;
    private final UnbreakableText unbreakable = new UnbreakableText();

    QuarterlyReportPaperHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    String render(QuarterlyReportView report) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("stylesheet", BASE_URI);
        context.setVariable("unbreakable", unbreakable);
        return templates.process(TEMPLATE, context);
    }
}
