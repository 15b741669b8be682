package uk.bcf.ledger.query.signoff;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;

/** A board's sign-offs over HTTP, as known now and at a past moment, as JSON and as CSV. */
class SignOffsIT extends QueryServiceTestDatabase {

    private static final String BOARD = "SIGN0001";

    @Autowired
    WebApplicationContext context;

    @Test
    void listsTheBoardsSignOffsKnownAtAMoment() throws Exception {
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-05-01T09:00:00Z", registered(BOARD, "Sign-offs"));
        projection.deliver("2019-09-19T18:00:00Z", signedOff(BOARD, "2019-20-Q1", LocalDate.of(2019, 9, 19)));
        projection.deliver("2019-11-21T17:00:00Z", signedOff(BOARD, "2019-20-Q2", LocalDate.of(2019, 11, 21)));
        MockMvc http = OperatorHttp.of(context);

        http.perform(get("/api/boards/" + BOARD + "/sign-offs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].period").value(contains("2019-20-Q1", "2019-20-Q2")))
                .andExpect(jsonPath("$[1].meetingDate").value("2019-11-21"))
                .andExpect(jsonPath("$[1].signedOffBy").value("Health and Wellbeing Board"))
                .andExpect(jsonPath("$[1].recordedBy").value("secretary"))
                .andExpect(jsonPath("$[1].recordedAt").value("2019-11-21T17:00:00Z"));
        http.perform(get("/api/boards/" + BOARD + "/sign-offs").param("asOf", "sign-off:2019-20-Q1"))
                .andExpect(jsonPath("$", hasSize(1)));
        http.perform(get("/api/boards/" + BOARD + "/sign-offs").accept("text/csv"))
                .andExpect(
                        content()
                                .string(
                                        "board,period,meeting_date,signed_off_by,recorded_by,recorded_at\r\n"
                                                + "SIGN0001,2019-20-Q1,2019-09-19,Health and Wellbeing Board,secretary,2019-09-19T18:00:00Z\r\n"
                                                + "SIGN0001,2019-20-Q2,2019-11-21,Health and Wellbeing Board,secretary,2019-11-21T17:00:00Z\r\n"));
        http.perform(get("/api/boards").accept("text/csv"))
                .andExpect(content().string(startsWith("code,name\r\n")))
                .andExpect(content().string(containsString("SIGN0001,Sign-offs\r\n")));
        http.perform(get("/api/boards/UNKNOWN02/sign-offs"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("board"));
    }
}
