package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's acceptance: Bromley's Q1-Q2 2019-20 report as presented at the sign-off of 21 November 2019, as the
 * HTML people read and as the PDF of the board pack, read back with a real PDF reader (pdftotext).
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
    private static String pdfText;

    @BeforeAll
    static void fetchTheReportAsPresented() throws Exception {
        services = Bromley.loaded();
        Http.Response page = services.query.get(AS_PRESENTED, "text/html");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        html = page.body();
        pdfText = pdftotext(pdf(AS_PRESENTED + "&format=pdf"));
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
    void theReportJudgesEachMetric() {
        assertThat(html).contains("On track").contains("Not on track").contains("<svg");
    }

    private static byte[] pdf(String path) {
        HttpResponse<byte[]> response = services.query.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Process reader = new ProcessBuilder("pdftotext", "-", "-").start();
        reader.getOutputStream().write(pdf);
        reader.getOutputStream().close();
        String text = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reader.waitFor(30, TimeUnit.SECONDS))
                .as("pdftotext finished")
                .isTrue();
        assertThat(reader.exitValue()).as("pdftotext exit status").isZero();
        return text;
    }
}
