package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.event.MetricAmendedEvent;
import uk.bcf.ledger.shared.event.MetricDefinedEvent;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.metric.MetricSpecification;

/**
 * The report (HTML, CSV and PDF) and the SPC chart use the metric definitions in force at their moment: after an
 * administrator renames a metric and turns its direction of good, the report as presented at the sign-off still
 * names and judges it as the board saw it, and a report cut off before the amendment does too; the report now uses
 * the amended definition. A metric whose monthly periods were amended away is still charted as of a moment when it
 * had them. The metrics are in force only in 2012-13, a year no other test reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefinitionsAsOfIT extends QueryServiceTestDatabase {

    private static final String BOARD = "DAO000001";
    private static final String JUDGED = "DAO_JUDGED";
    private static final String CHARTED = "DAO_CHARTED";
    private static final String REPORT = "/api/boards/" + BOARD + "/reports/2012-13/Q1";
    private static final String SPC = "/api/boards/" + BOARD + "/spc/" + CHARTED;
    private static final String SIGN_OFF = "sign-off:2012-13-Q1";
    private static final String OLD_NAME = "Delayed transfers as signed off";
    private static final String NEW_NAME = "Delayed transfers as amended";
    private static final List<String> MONTHLY = List.of("MONTH", "QUARTER", "YEAR");

    @Autowired
    WebApplicationContext context;

    private MockMvc http;

    @BeforeAll
    void signedOffThenAmended() {
        http = OperatorHttp.of(context);
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2012-04-01T09:00:00Z", defined(JUDGED, OLD_NAME, "LOWER_IS_BETTER", MONTHLY));
        projection.deliver("2012-04-01T09:00:00Z", defined(CHARTED, "Charted", "LOWER_IS_BETTER", MONTHLY));
        projection.deliver("2012-05-01T09:00:00Z", registered(BOARD, "Definitions as of"));
        projection.deliver("2012-05-02T09:00:00Z", planSet(BOARD, JUDGED, "2012-13-Q1", 300));
        long[] judged = {90, 95, 100};
        long[] charted = {40, 45, 52};
        for (int month = 0; month < 3; month++) {
            String period = "2012-0" + (month + 4);
            projection.deliver("2012-07-10T09:00:00Z", recorded(BOARD, JUDGED, period, 1, judged[month]));
            projection.deliver("2012-07-10T09:00:00Z", recorded(BOARD, CHARTED, period, 1, charted[month]));
        }
        projection.deliver("2012-09-19T18:00:00Z", signedOff(BOARD, "2012-13-Q1", LocalDate.of(2012, 9, 19)));
        projection.deliver("2012-10-01T09:00:00Z", amended(JUDGED, NEW_NAME, "HIGHER_IS_BETTER", MONTHLY));
        projection.deliver("2012-10-01T09:00:00Z", amended(CHARTED, "Charted", "LOWER_IS_BETTER", List.of("YEAR")));
    }

    @Test
    void theReportAsPresentedAtTheSignOffNamesAndJudgesTheMetricAsDefinedThen() throws Exception {
        Document signedOff = page(get(REPORT).param("asOf", SIGN_OFF));
        Document now = page(get(REPORT));

        assertThat(signedOff.select("#metric-" + JUDGED + " h2").text()).contains(OLD_NAME);
        assertThat(signedOff.select("#metric-" + JUDGED + " .verdict").text()).isEqualTo("On track");
        assertThat(now.select("#metric-" + JUDGED + " h2").text()).contains(NEW_NAME);
        assertThat(now.select("#metric-" + JUDGED + " .verdict").text()).isEqualTo("Not on track");
    }

    @Test
    void aReportCutOffBeforeTheAmendmentUsesTheDefinitionOfItsCutOff() throws Exception {
        Document cutOff = page(get(REPORT).param("cutoff", "2012-09-30"));

        assertThat(cutOff.select("#metric-" + JUDGED + " h2").text()).contains(OLD_NAME);
        assertThat(cutOff.select("#metric-" + JUDGED + " .verdict").text()).isEqualTo("On track");
    }

    @Test
    void theCsvAndThePdfAsOfTheSignOffUseTheDefinitionsOfTheSignOff() throws Exception {
        assertThat(csv(SIGN_OFF)).contains(BOARD + ",2012-13,Q1," + JUDGED + ",judgement,status,On track,");
        assertThat(csv(null)).contains(BOARD + ",2012-13,Q1," + JUDGED + ",judgement,status,Not on track,");
        assertThat(pdfText(SIGN_OFF)).contains(OLD_NAME).doesNotContain(NEW_NAME);
    }

    @Test
    void theSpcChartAsOfAMomentUsesTheMetricAsDefinedThen() throws Exception {
        http.perform(get(SPC).param("from", "2012-04").param("to", "2012-06").param("asOf", SIGN_OFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(3))
                .andExpect(jsonPath("$.points[2].value").value(52));
        http.perform(get(SPC).param("from", "2012-04").param("to", "2012-06"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("metric"))
                .andExpect(jsonPath("$.reason").value(containsString("no monthly periods")));
    }

    private static MetricDefinedEvent defined(String code, String name, String direction, List<String> periods) {
        return new MetricDefinedEvent(
                code,
                specification(code, name, direction, periods),
                new Provenance("admin", Instant.parse("2012-04-01T09:00:00Z"), null, null));
    }

    private static MetricAmendedEvent amended(String code, String name, String direction, List<String> periods) {
        return new MetricAmendedEvent(
                code,
                specification(code, name, direction, periods),
                new Provenance("admin", Instant.parse("2012-10-01T09:00:00Z"), null, "amended after the sign-off"));
    }

    private static MetricSpecification specification(
            String code, String name, String direction, List<String> actualPeriods) {
        return new MetricSpecification(
                code,
                name,
                "people",
                "COUNT",
                "SUM",
                direction,
                actualPeriods,
                List.of("QUARTER", "YEAR"),
                false,
                0,
                null,
                2,
                "2012-13",
                "2012-13",
                "Test source",
                "A metric only this test uses",
                null,
                null,
                "NONE",
                null,
                null,
                List.of());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(http.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String csv(String asOf) throws Exception {
        MockHttpServletRequestBuilder request = get(REPORT).accept("text/csv");
        return http.perform(asOf == null ? request : request.param("asOf", asOf))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdfText(String asOf) throws Exception {
        byte[] pdf = http.perform(get(REPORT).param("asOf", asOf).accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
