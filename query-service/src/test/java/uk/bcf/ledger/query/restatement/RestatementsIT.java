package uk.bcf.ledger.query.restatement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
 * What changed after the sign-off of 2019-20-Q2 (stored 21 Nov 2019 17:00): July corrected, August withdrawn and
 * the Q2 plan revised are restatements; May, untouched, and September, first recorded after the sign-off, are not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestatementsIT extends QueryServiceTestDatabase {

    private static final String BOARD = "REST0001";
    private static final String PATH = "/api/boards/" + BOARD + "/restatements";

    @Autowired
    WebApplicationContext context;

    private MockMvc http;

    @BeforeAll
    void history() {
        http = OperatorHttp.of(context);
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-05-01T09:00:00Z", registered(BOARD, "Restatements"));
        projection.deliver("2019-06-01T09:00:00Z", planSet(BOARD, "NEL", "2019-20-Q2", 6659));
        projection.deliver("2019-07-20T10:00:00Z", recorded(BOARD, "NEL", "2019-05", 1, 2249));
        projection.deliver("2019-09-20T10:00:00Z", recorded(BOARD, "NEL", "2019-07", 1, 2392));
        projection.deliver("2019-10-20T10:00:00Z", recorded(BOARD, "NEL", "2019-08", 1, 2193));
        projection.deliver("2019-11-21T17:00:00Z", signedOff(BOARD, "2019-20-Q2", LocalDate.of(2019, 11, 21)));
        projection.deliver("2019-12-01T10:00:00Z", corrected(BOARD, "NEL", "2019-07", 2, 2400, "late SUS data"));
        projection.deliver("2019-12-01T10:00:00Z", recorded(BOARD, "NEL", "2019-09", 1, 2301));
        projection.deliver("2019-12-02T10:00:00Z", withdrawn(BOARD, "NEL", "2019-08", 2, "disputed"));
        projection.deliver(
                "2019-12-03T10:00:00Z",
                planRevised(BOARD, "NEL", "2019-20-Q2", 2, Measurement.count(6700), "re-profiled"));
        projection.deliver("2019-12-04T10:00:00Z", corrected(BOARD, "NEL", "2019-07", 3, 2401, "=HYPERLINK(\"x\")"));
    }

    @Test
    void listsEachFigureKnownAtTheSignOffThatChangedSinceWithItsOldAndNewValue() throws Exception {
        http.perform(get(PATH).param("since", "sign-off:2019-20-Q2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.board").value(BOARD))
                .andExpect(jsonPath("$.since").value("2019-11-21T17:00:00Z"))
                .andExpect(jsonPath("$.restatements[*].kind").value(contains("actual", "actual", "plan")))
                .andExpect(jsonPath("$.restatements[*].period").value(contains("2019-07", "2019-08", "2019-20-Q2")))
                .andExpect(jsonPath("$.restatements[0].oldVersion").value(1))
                .andExpect(jsonPath("$.restatements[0].oldValue").value(2392))
                .andExpect(jsonPath("$.restatements[0].newVersion").value(3))
                .andExpect(jsonPath("$.restatements[0].newValue").value(2401))
                .andExpect(jsonPath("$.restatements[0].newWithdrawn").value(false))
                .andExpect(jsonPath("$.restatements[0].changedBy").value("corrector"))
                .andExpect(jsonPath("$.restatements[0].changedAt").value("2019-12-04T10:00:00Z"))
                .andExpect(jsonPath("$.restatements[1].newWithdrawn").value(true))
                .andExpect(jsonPath("$.restatements[1].newValue").value(2193))
                .andExpect(jsonPath("$.restatements[1].reason").value("disputed"))
                .andExpect(jsonPath("$.restatements[2].oldValue").value(6659))
                .andExpect(jsonPath("$.restatements[2].newValue").value(6700));
    }

    @Test
    void asOfAnEarlierMomentListsOnlyTheChangesKnownThen() throws Exception {
        http.perform(get(PATH).param("since", "2019-11-21T17:00:00Z").param("asOf", "2019-12-01T12:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restatements[*].period").value(contains("2019-07")))
                .andExpect(jsonPath("$.restatements[0].newVersion").value(2))
                .andExpect(jsonPath("$.restatements[0].reason").value("late SUS data"))
                .andExpect(jsonPath("$.restatements[0].oldDenominator").value(nullValue()));
    }

    @Test
    void writesTheRestatementsAsCsvWithFormulaCellsNeutralised() throws Exception {
        http.perform(get(PATH).param("since", "sign-off:2019-20-Q2").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(
                        content()
                                .string(
                                        "board,kind,metric,period,old_version,old_value,old_numerator,"
                                                + "old_denominator,new_version,new_value,new_numerator,new_denominator,new_withdrawn,"
                                                + "changed_by,changed_at,reason\r\n"
                                                + BOARD
                                                + ",actual,NEL,2019-07,1,2392,,,3,2401,,,false,corrector,2019-12-04T10:00:00Z,"
                                                + "\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                                                + BOARD
                                                + ",actual,NEL,2019-08,1,2193,,,2,2193,,,true,withdrawer,2019-12-02T10:00:00Z,disputed\r\n"
                                                + BOARD
                                                + ",plan,NEL,2019-20-Q2,1,6659,,,2,6700,,,false,reviser,2019-12-03T10:00:00Z,re-profiled\r\n"));
    }

    @Test
    void refusesAMissingOrBackwardsSinceAndAnUnknownBoard() throws Exception {
        http.perform(get(PATH))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("since"));
        http.perform(get(PATH).param("since", "2019-12-02T00:00:00Z").param("asOf", "2019-12-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("since"));
        http.perform(get(PATH).param("since", "sign-off:2019-20-Q3"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("since"));
        http.perform(get("/api/boards/UNKNOWN01/restatements").param("since", "2019-12-02T00:00:00Z"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("board"));
    }
}
