package uk.bcf.ledger.query.history;

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
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.period.Period;

/**
 * A figure imported with its value as published shows it on the version it came with, beside the computed value
 * and the discrepancy flag, in the history's JSON and CSV; a redelivered note changes nothing, and a later
 * version without a published value shows none.
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
                                + "computed_value,discrepancy\r\n")))
                .andExpect(content()
                        .string(containsString("PUBL0001,actual,RES_ADM_65,2019-20-Q1,1,recorded,65,,,,false,false,"
                                + "recorder,2019-08-01T09:00:00Z,2019-09-01T09:00:00Z,SUS,,112.5,112.8,true\r\n")))
                .andExpect(content().string(containsString(",SUS,'=1+1,,,\r\n")));
    }
}
