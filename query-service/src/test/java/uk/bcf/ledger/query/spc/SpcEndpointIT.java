package uk.bcf.ledger.query.spc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;

/** The XmR analysis of Bromley-like NEL months across a financial-year boundary, served as JSON. */
class SpcEndpointIT extends QueryServiceTestDatabase {

    private static final String BOARD = "SPC00001";
    private static final long[] MONTHLY = {2010, 2080, 2150, 2134, 2249, 2092, 2392, 2193};

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void deliverEightMonths() {
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-01-01T09:00:00Z", registered(BOARD, "SPC board"));
        for (int month = 0; month < MONTHLY.length; month++) {
            String period = java.time.YearMonth.of(2019, 1).plusMonths(month).toString();
            projection.deliver("2019-10-01T09:00:00Z", recorded(BOARD, "NEL", period, 1, MONTHLY[month]));
        }
    }

    private MockMvc http() {
        return OperatorHttp.of(context);
    }

    @Test
    void analysesTheMonthlyActualsOfTheRangeAcrossYears() throws Exception {
        http().perform(get("/api/boards/" + BOARD + "/spc/NEL")
                        .param("from", "2019-01")
                        .param("to", "2019-08"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(8))
                .andExpect(jsonPath("$.points[0].period").value("2019-01"))
                .andExpect(jsonPath("$.points[7].value").value(2193))
                .andExpect(jsonPath("$.mean").value(2162.5))
                .andExpect(jsonPath("$.trialLimits").value(true))
                .andExpect(jsonPath("$.assurance").value("none"))
                .andExpect(jsonPath("$.variation").isString());
    }

    @Test
    void theRangeLimitsTheBaseline() throws Exception {
        http().perform(get("/api/boards/" + BOARD + "/spc/NEL")
                        .param("from", "2019-04")
                        .param("to", "2019-08"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(5))
                .andExpect(jsonPath("$.mean").value(2212.0));
    }

    @Test
    void refusesMalformedRangesAndUnknownMetrics() throws Exception {
        http().perform(get("/api/boards/" + BOARD + "/spc/NEL")
                        .param("from", "2019-20-Q1")
                        .param("to", "2019-08"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
        http().perform(get("/api/boards/" + BOARD + "/spc/NEL")
                        .param("from", "2019-08")
                        .param("to", "2019-04"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("to"));
        http().perform(get("/api/boards/" + BOARD + "/spc/NOPE")
                        .param("from", "2019-04")
                        .param("to", "2019-08"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("metric"));
    }

    @Test
    void needsAtLeastTwoMonthsOfData() throws Exception {
        http().perform(get("/api/boards/" + BOARD + "/spc/DTOC")
                        .param("from", "2019-04")
                        .param("to", "2019-08"))
                .andExpect(status().isNotFound());
    }
}
