package uk.bcf.ledger.query.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.planRevised;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;
import static uk.bcf.ledger.query.TestEvents.withdrawn;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * The audit trail of a figure over HTTP: who changed it, when, why, whether a change restated what the board had
 * been shown at the sign-off of 2019-20-Q2, and what was known at a past moment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureHistoryIT extends QueryServiceTestDatabase {

    private static final String BOARD = "HIST0001";
    private static final String JULY = "/api/boards/" + BOARD + "/figures/NEL/2019-07";

    @Autowired
    WebApplicationContext context;

    private MockMvc http;

    @BeforeAll
    void history() {
        http = OperatorHttp.of(context);
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-05-01T09:00:00Z", registered(BOARD, "History"));
        projection.deliver("2019-06-01T09:00:00Z", planSet(BOARD, "NEL", "2019-20-Q2", 6659));
        projection.deliver("2019-09-20T10:00:00Z", recorded(BOARD, "NEL", "2019-07", 1, 2392));
        projection.deliver("2019-10-20T10:00:00Z", recorded(BOARD, "NEL", "2019-08", 1, 2193));
        projection.deliver("2019-11-21T17:00:00Z", signedOff(BOARD, "2019-20-Q2", LocalDate.of(2019, 11, 21)));
        projection.deliver("2019-12-01T10:00:00Z", corrected(BOARD, "NEL", "2019-07", 2, 2400, "late SUS data"));
        projection.deliver("2019-12-01T10:00:00Z", recorded(BOARD, "NEL", "2019-09", 1, 2301));
        projection.deliver("2019-12-01T10:00:00Z", withdrawn(BOARD, "NEL", "2019-08", 2, "disputed"));
        projection.deliver(
                "2019-12-01T10:00:00Z",
                planRevised(BOARD, "NEL", "2019-20-Q2", 2, Measurement.count(6700), "re-profiled"));
        projection.deliver("2019-12-15T10:00:00Z", corrected(BOARD, "NEL", "2019-07", 3, 2401, "validation"));
    }

    @Test
    void everyVersionOldestFirstWithWhoWhenWhyAndWhetherItRestatedTheSignOff() throws Exception {
        http.perform(get(JULY + "/history"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.board").value(BOARD))
                .andExpect(jsonPath("$.kind").value("actual"))
                .andExpect(jsonPath("$.metric").value("NEL"))
                .andExpect(jsonPath("$.period").value("2019-07"))
                .andExpect(jsonPath("$.versions[*].version").value(contains(1, 2, 3)))
                .andExpect(jsonPath("$.versions[*].change").value(contains("recorded", "corrected", "corrected")))
                .andExpect(jsonPath("$.versions[*].value").value(contains(2392, 2400, 2401)))
                .andExpect(jsonPath("$.versions[*].restatement").value(contains(false, true, true)))
                .andExpect(jsonPath("$.versions[1].recordedBy").value("corrector"))
                .andExpect(jsonPath("$.versions[1].reason").value("late SUS data"))
                .andExpect(jsonPath("$.versions[1].source").value("SUS"))
                .andExpect(jsonPath("$.versions[1].recordedAt").value("2019-12-01T10:00:00Z"))
                .andExpect(jsonPath("$.versions[1].supersededAt").value("2019-12-15T10:00:00Z"))
                .andExpect(jsonPath("$.versions[2].supersededAt").value(nullValue()))
                .andExpect(jsonPath("$.versions[1].eventId").isString());
    }

    @Test
    void asOfAPastMomentTheHistoryEndsWithWhatWasKnownThen() throws Exception {
        http.perform(get(JULY + "/history").param("asOf", "2019-12-05T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.versions[*].version").value(contains(1, 2)))
                .andExpect(jsonPath("$.versions[1].supersededAt").value(nullValue()));
        http.perform(get(JULY + "/history").param("asOf", "sign-off:2019-20-Q2"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.versions[*].version").value(contains(1)));
    }

    @Test
    void aFirstRecordingAfterTheSignOffIsNoRestatementButAChangeToTheSignedOffPlanIs() throws Exception {
        http.perform(get("/api/boards/" + BOARD + "/figures/NEL/2019-09/history"))
                .andExpect(jsonPath("$.versions[*].restatement").value(contains(false)));
        http.perform(get("/api/boards/" + BOARD + "/plans/NEL/2019-20-Q2/history"))
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.kind").value("plan"))
                .andExpect(jsonPath("$.versions[*].change").value(contains("set", "revised")))
                .andExpect(jsonPath("$.versions[*].restatement").value(contains(false, true)));
    }

    @Test
    void aWithdrawalShowsWhatWasWithdrawn() throws Exception {
        http.perform(get("/api/boards/" + BOARD + "/figures/NEL/2019-08/history"))
                .andExpect(jsonPath("$.versions[1].change").value("withdrawn"))
                .andExpect(jsonPath("$.versions[1].withdrawn").value(true))
                .andExpect(jsonPath("$.versions[1].value").value(2193))
                .andExpect(jsonPath("$.versions[1].reason").value("disputed"))
                .andExpect(jsonPath("$.versions[1].restatement").value(true));
    }

    @Test
    void theCurrentVersionAloneCarriesTheSameEntityTag() throws Exception {
        http.perform(get(JULY))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.value").value(2401));
        http.perform(get("/api/boards/" + BOARD + "/plans/NEL/2019-20-Q2").param("asOf", "2019-11-30T00:00:00Z"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.value").value(6659));
    }

    @Test
    void aFigureWithoutVersionsAtTheMomentIsNotFound() throws Exception {
        http.perform(get(JULY + "/history").param("asOf", "2019-09-20T09:59:59Z"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:not-found"));
        http.perform(get("/api/boards/" + BOARD + "/figures/NEL/2019-10"))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("ETag"));
        http.perform(get("/api/boards/" + BOARD + "/figures/NEL/2019-13/history"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("period"));
    }
}
