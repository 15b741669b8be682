package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.commentary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;

/**
 * Bromley's Q1-Q2 2019-20 report as presented at its sign-off on 21 November 2019, and as it stands after the
 * correction and late figure of 2 December 2019.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyReportIT extends QueryServiceTestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(QuarterlyReportIT.class);
    private static final String BOARD = "RPT000006";
    private static final String REPORT = "/api/boards/" + BOARD + "/reports/2019-20/Q2";
    private static final String SIGN_OFF = "sign-off:2019-20-Q2";

    @Autowired
    WebApplicationContext context;

    private MockMvc http;

    @BeforeAll
    void bromley() {
        http = OperatorHttp.of(context);
        BromleyHistory.deliver(new ProjectionDriver(context), BOARD);
    }

    @Test
    void theReportAsOfTheSignOffShowsWhatTheBoardWasShown() throws Exception {
        Document page = page(get(REPORT).param("asOf", SIGN_OFF));
        String text = page.text();

        assertThat(text)
                .contains(
                        "Bromley (RPT000006)",
                        "Quarter 1 and Quarter 2",
                        "21 November 2019",
                        "17:00:00 GMT on 21 November 2019",
                        "Figures restated since sign-off on 21 November 2019: no");
        assertThat(page.select(".meeting-date").text()).isEqualTo("21 November 2019");
        assertThat(page.select(".cut-off").text()).isEqualTo("21 November 2019");
        assertThat(cells(page, "NEL"))
                .contains("2,134", "6,475", "6,589", "-114", "4,585 (Jul & Aug)", "N/A", "Published in Nov 19");
        assertThat(cells(page, "DTOC")).contains("1,137", "1,150", "633");
        assertThat(page.select("#metric-DTOC .target").text()).contains("increased from 10.31");
        assertThat(cells(page, "RES_ADM_65")).contains("112.8 (65 admsns)", "216.9 (125 admsns)", "425.2 (245 admsns)");
        assertThat(page.select("#metric-RES_ADM_65 .note").text())
                .contains("57,626", "ONS 2016-based sub-national population projections");
        assertThat(cells(page, "REABLEMENT_91"))
                .contains(
                        "98.6% (73/74)",
                        "90.1% (446/495)",
                        "93.1% (339/364)",
                        "Not available until the end of December 19",
                        "Not available until the end of March 20",
                        "Not available until the end of June 20");
        assertThat(page.select("#metric-REABLEMENT_91 thead th").eachText()).contains("Qtr 4 Actual 18/19");
        assertThat(page.select("#metric-NEL .source").text()).isEqualTo("Source: SUS");
        assertThat(page.select("#metric-NEL .commentary p").eachText())
                .containsExactly(BromleyHistory.NEL_Q1, BromleyHistory.NEL_Q2);
        assertThat(page.select("#metric-RES_ADM_65 .commentary p").eachText()).containsExactly(BromleyHistory.RES_Q2);
    }

    @Test
    void eachMetricIsJudgedOnItsLatestCompleteQuarterWithAPlan() throws Exception {
        Document page = page(get(REPORT).param("asOf", SIGN_OFF));

        assertThat(page.select("#metric-NEL .verdict").text()).isEqualTo("On track");
        assertThat(page.select("#metric-NEL .basis").text()).startsWith("Q1 2019-20: 6,475");
        assertThat(page.select("#metric-DTOC .verdict").text()).isEqualTo("On track");
        assertThat(page.select("#metric-RES_ADM_65 .verdict").text()).isEqualTo("Not on track");
        assertThat(page.select("#metric-REABLEMENT_91 .verdict").text()).isEqualTo("On track");
        assertThat(page.select(".judgement-rule p").text()).contains("latest complete quarter");
    }

    @Test
    void monthlyActualsAreDrawnAsAnXmrChartWithTrialLimits() throws Exception {
        Document page = page(get(REPORT).param("asOf", SIGN_OFF));

        assertThat(page.select("#metric-NEL figure.chart svg")).hasSize(1);
        assertThat(page.select("#metric-NEL .trial-limits").text()).contains("Trial limits", "5 months");
        assertThat(page.select("#metric-DTOC figure.chart")).isEmpty();
    }

    @Test
    void aLaterReportShowsTheCorrectedAndNewFiguresAndListsWhatWasRestated() throws Exception {
        Document page = page(get(REPORT));

        assertThat(cells(page, "NEL")).contains("2,201", "2,231", "6,824");
        assertThat(page.select(".restatement-statement").text())
                .isEqualTo("Figures restated since sign-off on 21 November 2019: yes, see below");
        assertThat(page.select(".restatements tbody tr").eachText())
                .containsExactly("NEL actual Aug-19 2,193 to 2,201 SUS resubmission 2 December 2019");
    }

    @Test
    void figuresStoredAfterTheCutOffDayAreNotInTheReport() throws Exception {
        Document beforeTheCorrection = page(get(REPORT).param("cutoff", "2019-12-01"));
        Document onTheDay = page(get(REPORT).param("cutoff", "2019-12-02"));
        Document asOfLater = page(get(REPORT).param("asOf", "2019-12-05T00:00:00Z"));

        assertThat(cells(beforeTheCorrection, "NEL"))
                .contains("2,193", "Not recorded")
                .doesNotContain("2,201", "2,231");
        assertThat(cells(onTheDay, "NEL")).contains("2,201", "2,231", "6,824");
        assertThat(cells(asOfLater, "NEL")).contains("2,201", "2,231", "6,824");
        assertThat(asOfLater.select(".cut-off").text()).isEqualTo("5 December 2019");
    }

    @Test
    void theReportAsOfTheSignOffIsTheSameByteForByteWheneverItIsAskedFor() throws Exception {
        long started = System.nanoTime();
        String first = html(get(REPORT).param("asOf", SIGN_OFF));
        LOG.info("Rendered the Q1-Q2 report as of the sign-off in {} ms", (System.nanoTime() - started) / 1_000_000);
        new ProjectionDriver(context)
                .deliver(
                        "2020-01-15T09:00:00Z",
                        commentary(BOARD, "RES_ADM_65", "2019-20-Q2", 2, "Revised after the meeting."));

        assertThat(html(get(REPORT).param("asOf", SIGN_OFF))).isEqualTo(first);
    }

    @Test
    void theCsvHasALinePerCell() throws Exception {
        String csv = http.perform(get(REPORT).param("asOf", SIGN_OFF).accept("text/csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv)
                .contains(
                        BOARD + ",2019-20,Q1-Q2,NEL,Sep-19,actual,,Published in Nov 19\r\n",
                        BOARD + ",2019-20,Q1-Q2,NEL,Jun-19,quarter_actual,6475,\r\n");
    }

    @Test
    void thePdfIsRenderedFromTheSamePage() throws Exception {
        byte[] pdf = http.perform(get(REPORT).param("asOf", SIGN_OFF).accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(header().exists(QuarterlyReportController.GENERATED_AT))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void refusesAMalformedQuarterOrCutOffAndAnUnknownBoard() throws Exception {
        http.perform(get("/api/boards/" + BOARD + "/reports/2019-20/Q5").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("quarter"));
        http.perform(get(REPORT).param("cutoff", "21/11/2019").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cutoff"));
        http.perform(get("/api/boards/NOSUCH01/reports/2019-20/Q2").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("board"));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(html(request));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(header().exists(QuarterlyReportController.GENERATED_AT))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> cells(Document page, String metric) {
        return page.select("#metric-" + metric + " table.figures td").eachText();
    }
}
