package uk.bcf.ledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.by;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/**
 * A figure imported with its value as published shows it on the version it came with, beside the computed value
 * and the discrepancy flag, in the history's JSON and CSV; a redelivered note changes nothing, and a later
 * version without a published value shows none. A figure given as printed (a rate, percentage or mean) shows it
 * in the CSV's trailing {@code rate}, {@code percent} and {@code mean} columns.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedFigureHistoryIT extends QueryServiceTestDatabase {

    private static final String BOARD = "PUBL0001";
    private static final String Q1 = "/api/boards/" + BOARD + "/figures/RES_ADM_65/2019-20-Q1/history";

    @Autowired
    WebApplicationContext context;

    private MockMvc http;

    @BeforeAll
    void importedWithItsPublishedRate() {
        http = OperatorHttp.of(context);
        ProjectionDriver projection = new ProjectionDriver(context);
        PublishedFigureNotedEvent noted = new PublishedFigureNotedEvent(
                BOARD,
                "RES_ADM_65",
                Period.parse("2019-20-Q1"),
                FigureKind.ACTUAL,
                1,
                new BigDecimal("112.5"),
                new BigDecimal("112.8"),
                false,
                by("importer", null, null));
        projection.deliver("2019-05-01T09:00:00Z", registered(BOARD, "Published"));
        projection.deliver("2019-08-01T09:00:00Z", recorded(BOARD, "RES_ADM_65", "2019-20-Q1", 1, 65));
        projection.deliver("2019-08-01T09:00:00Z", noted);
        projection.deliver("2019-08-01T09:00:00Z", noted);
        projection.deliver("2019-09-01T09:00:00Z", corrected(BOARD, "RES_ADM_65", "2019-20-Q1", 2, 66, "=1+1"));
        projection.deliver(
                "2022-07-01T09:00:00Z",
                printed("AVOIDABLE_ADM", "2021-22", Measurement.rate(new BigDecimal("1037.2"), 412L)));
        projection.deliver(
                "2022-02-01T09:00:00Z", printed("LOS_14", "2021-22-Q3", Measurement.percent(new BigDecimal("8.4"))));
        projection.deliver(
                "2025-06-01T09:00:00Z", printed("DISCHARGE_DELAY", "2025-04", Measurement.mean(new BigDecimal("9.2"))));
    }

    private static ActualRecordedEvent printed(String metric, String period, Measurement measurement) {
        return new ActualRecordedEvent(
                BOARD, metric, Period.parse(period), measurement, 1, by("recorder", "published report", null));
    }

    @Test
    void theHistoryShowsThePublishedAndComputedValuesOnTheVersionTheyCameWith() throws Exception {
        http.perform(get(Q1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].publishedValue").value(112.5))
                .andExpect(jsonPath("$.versions[0].computedValue").value(112.8))
                .andExpect(jsonPath("$.versions[0].discrepancy").value(true))
                .andExpect(jsonPath("$.versions[1].publishedValue").value(nullValue()))
                .andExpect(jsonPath("$.versions[*].discrepancy").value(contains(true, null)));
    }

    @Test
    void theHistoryAsCsvCarriesTheSameColumnsWithFormulaLikeCellsNeutralised() throws Exception {
        http.perform(get(Q1).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content()
                        .string(containsString("board,kind,metric,period,version,change,value,numerator,denominator,"
                                + "per_day,withdrawn,restatement,recorded_by,recorded_at,superseded_at,source,reason,published_value,"
                                + "computed_value,discrepancy,rate,percent,mean\r\n")))
                .andExpect(content()
                        .string(containsString("PUBL0001,actual,RES_ADM_65,2019-20-Q1,1,recorded,65,,,,false,false,"
                                + "recorder,2019-08-01T09:00:00Z,2019-09-01T09:00:00Z,SUS,,112.5,112.8,true,,,\r\n")))
                .andExpect(content().string(containsString(",SUS,'=1+1,,,,,,\r\n")));
    }

    @Test
    void theHistoryAsCsvEndsWithTheFigureAsPrintedAsARatePercentageOrMean() throws Exception {
        assertThat(csv("AVOIDABLE_ADM/2021-22")).endsWith(",,,,1037.2,,\r\n");
        assertThat(csv("LOS_14/2021-22-Q3")).endsWith(",,,,,8.4,\r\n");
        assertThat(csv("DISCHARGE_DELAY/2025-04")).endsWith(",,,,,,9.2\r\n");
        assertThat(csv("AVOIDABLE_ADM/2021-22"))
                .contains(BOARD + ",actual,AVOIDABLE_ADM,2021-22,1,recorded,,412,,,false,false,recorder,");
    }

    private String csv(String figure) throws Exception {
        return http.perform(get("/api/boards/" + BOARD + "/figures/" + figure + "/history")
                        .accept("text/csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
