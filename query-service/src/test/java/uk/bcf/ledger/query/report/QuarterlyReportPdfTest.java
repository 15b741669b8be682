package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class QuarterlyReportPdfTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="UTF-8"><title>Bromley Q2</title>
            <style>@page { size: A4; margin: 15mm } td { border: 1px solid #000 }</style></head>
            <body><h1>Bromley 2019-20 Quarter 2</h1>
            <table><caption>Non-elective admissions</caption>
            <tr><th scope="row">Sep-19</th><td>Published in Nov 19</td><td>4,585 (Jul &amp; Aug)</td></tr></table>
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" role="img"><title>chart</title>
            <line x1="0" y1="30" x2="200" y2="30" stroke="#000"/><text x="4" y="20">UPL</text></svg>
            <p>Escaped: &lt;script&gt;</p></body></html>""";

    @Test
    void rendersTheTextOfThePageIntoAnA4Pdf() throws IOException {
        byte[] pdf = QuarterlyReportPdf.render(PAGE, "http://localhost/");

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Bromley 2019-20 Quarter 2",
                            "Published in Nov 19",
                            "4,585 (Jul & Aug)",
                            "Escaped: <script>");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
        }
    }
}
