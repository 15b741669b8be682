package uk.bcf.ledger.query.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a page into a PDF for the board pack: tagged for assistive technology (PDF/UA, and PDF/A-3a for archiving,
 * with an sRGB output intent), every character drawn with the bundled DejaVu Sans (embedded, subset), inline SVG
 * charts drawn as vectors with their {@code <title>} as the figure's alternative text. The HTML is parsed as HTML5
 * (jsoup) and handed to the renderer as a DOM, so the page need not be strict XHTML; it should name its
 * {@code lang} and {@code <title>}, which become the document's language and title.
 */
public final class QuarterlyReportPdf {

    /** The family name pages use for the bundled font ({@code font-family: 'DejaVu Sans'}). */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final EnumSet<FSFontUseCase> EVERYWHERE =
            EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);

    private QuarterlyReportPdf() {}

    /**
     * @param html    the complete page
     * @param baseUri where relative links in the page (stylesheets) resolve
     */
    public static byte[] render(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri);
        describeCharts(page);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
            builder.useColorProfile(SRGB);
            builder.useFont(
                    () -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true, EVERYWHERE);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true, EVERYWHERE);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(new W3CDom().fromJsoup(page), baseUri);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
    }

    /** Gives each chart without an {@code alt} its own title (and description) as the PDF figure's alternative. */
    private static void describeCharts(Document page) {
        for (Element svg : page.select("svg:not([alt])")) {
            String title = svg.select("> title").text();
            String description = svg.select("> desc").text();
            String alternative = (title + " " + description).strip();
            svg.attr("alt", alternative.isEmpty() ? "Chart" : alternative);
        }
    }

    private static byte[] font(String file) {
        try (InputStream font = QuarterlyReportPdf.class.getResourceAsStream("/report/fonts/" + file)) {
            if (font == null) {
                throw new IllegalStateException("the bundled font " + file + " is missing from the jar");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
