package uk.bcf.ledger.query.report;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a quarterly report with the {@code report} template as a complete, well-formed page: every text escaped,
 * only the charts' own SVG inserted as markup. The page depends on nothing but the report and the stylesheet's
 * address, so the same report always renders to the same bytes.
 */
@Component
class QuarterlyReportHtml {

    private static final String TEMPLATE = "report";

    private final ITemplateEngine templates;

    QuarterlyReportHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param stylesheet the address of {@code report.css} as the page's reader will load it
     */
    String render(QuarterlyReportView report, String stylesheet) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("stylesheet", stylesheet);
        return templates.process(TEMPLATE, context);
    }
}
