package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's acceptance: Bromley's Q1-Q2 2019-20 report as presented at the sign-off of 21 November 2019, as the
 * HTML people read and as the PDF of the board pack, read back with real PDF readers (poppler's pdftotext, pdfinfo
 * and pdffonts).
 */
class BoardReportIT {

    private static final String AS_PRESENTED = "/api/boards/E09000006/reports/2019-20/Q2?asOf=sign-off:2019-20-Q2";
    private static final String[] PUBLISHED = {
        "6,475",
        "6,589",
        "-114",
        "Published in Nov 19",
        "1,137",
        "1,150",
        "633",
        "112.8 (65 admsns)",
        "216.9 (125 admsns)",
        "98.6%",
        "73/74",
        "90.1%",
        "446/495",
        "increased from 10.31",
        "21 November 2019",
        "93.1%",
        "339/364"
    };

    private static RunningServices services;
    private static String html;
    private static byte[] pdf;
    private static String pdfText;

    @BeforeAll
    static void fetchTheReportAsPresented() throws Exception {
        services = Bromley.loaded();
        Http.Response page = services.query.get(AS_PRESENTED, "text/html");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        html = page.body();
        pdf = pdf(AS_PRESENTED + "&format=pdf");
        pdfText = read("pdftotext", pdf);
    }

    @Test
    void thePageCarriesThePublishedFigures() {
        assertThat(html)
                .contains(PUBLISHED)
                .contains("4,585 (Jul &amp; Aug)")
                .contains("N/A")
                .contains("Not available until the end of December 19")
                .contains("Not available until the end of March 20")
                .contains("Not available until the end of June 20");
    }

    @Test
    void thePdfCarriesThePublishedFigures() {
        String words = pdfText.replaceAll("\\s+", " ");
        assertThat(words)
                .contains(PUBLISHED)
                .contains("4,585 (Jul & Aug)")
                .contains("N/A")
                .contains("Not available until the end of December 19");
    }

    @Test
    void thePdfIsATaggedBoardPaperWithEmbeddedFontsPageNumbersAndWholeFractions() throws Exception {
        String info = read("pdfinfo", pdf);
        assertThat(info).containsPattern("Tagged:\\s+yes").containsPattern("Page size:.*\\(A4\\)");
        int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
        assertThat(pdfText).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        assertThat(pdfText).contains("98.6% (73/74)", "(446/495)");
        String fonts = read("pdffonts", pdf);
        assertThat(fonts.lines().skip(2).toList())
                .as("every font embedded (pdffonts' emb column)")
                .isNotEmpty()
                .allSatisfy(font -> assertThat(font).contains("DejaVuSans").containsPattern("\\byes\\s+yes\\s+yes\\b"));
    }

    @Test
    void theReportJudgesEachMetric() {
        assertThat(html).contains("On track").contains("Not on track").contains("<svg");
    }

    private static byte[] pdf(String path) {
        HttpResponse<byte[]> response = services.query.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    /** What one of poppler's readers ({@code pdftotext}, {@code pdfinfo}, {@code pdffonts}) says of the PDF. */
    static String read(String reader, byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bcf-report-", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> command = reader.equals("pdftotext")
                    ? List.of(reader, file.toString(), "-")
                    : List.of(reader, file.toString());
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as(reader + " finished")
                    .isTrue();
            assertThat(process.exitValue()).as(reader + " exit status: " + text).isZero();
            return text;
        } finally {
            Files.delete(file);
        }
    }
}
