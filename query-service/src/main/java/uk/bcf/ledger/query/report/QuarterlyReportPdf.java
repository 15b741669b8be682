package uk.bcf.ledger.query.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns a report page into the PDF for the board pack: the same HTML people read in the browser, laid out for A4
 * by the page's print stylesheet, with inline SVG charts drawn as vectors. The HTML is parsed as HTML5 (jsoup)
 * and handed to the renderer as a DOM, so the page need not be strict XHTML.
 */
public final class QuarterlyReportPdf {

    private QuarterlyReportPdf() {}

    /**
     * @param html    the complete page
     * @param baseUri where relative links in the page (stylesheets) resolve, e.g. the service's own URL
     */
    public static byte[] render(String html, String baseUri) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri)), baseUri);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
    }
}
