package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.report.SampleReports.commentary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;

/** The page escapes every text, is well-formed XHTML for the PDF renderer, and renders a report the same every time. */
class QuarterlyReportHtmlTest {

    private static final Pattern OTHER_ENTITY = Pattern.compile("&(?!amp;|lt;|gt;|quot;|#[0-9]+;)");

    private final QuarterlyReportHtml page = new QuarterlyReportHtml(engine());

    @Test
    void commentaryIsEscapedAndSplitIntoParagraphs() {
        QuarterlyReportView report = SampleReports.bromley(
                List.of(commentary("NEL", "2019-20-Q1", "<script>alert('x')</script>\n\nSecond paragraph & more.")));

        String html = page.render(report, "/report.css");

        assertThat(html)
                .doesNotContain("<script")
                .contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>")
                .contains("<p>Second paragraph &amp; more.</p>");
    }

    @Test
    void thePageIsWellFormedXhtmlWithOnlyTheFourXmlEntities() throws Exception {
        String html = page.render(
                SampleReports.bromley(List.of(commentary("NEL", "2019-20-Q2", "Sep & Oct"))), "/report.css");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("en-GB");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg")
                        .getLength())
                .isEqualTo(1);
        assertThat(OTHER_ENTITY.matcher(html).find()).isFalse();
        assertThat(html).contains("4,585 (Jul &amp; Aug)", "<caption>", "<th scope=\"row\">Sep-19</th>");
    }

    @Test
    void theSameReportRendersToTheSameBytes() {
        QuarterlyReportView report = SampleReports.bromley(List.of());

        assertThat(page.render(report, "/report.css")).isEqualTo(page.render(report, "/report.css"));
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }
}
