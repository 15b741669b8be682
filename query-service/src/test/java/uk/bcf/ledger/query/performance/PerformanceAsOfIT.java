package uk.bcf.ledger.query.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;

/**
 * The performance view as known at a moment, named by an instant or by a sign-off: the view as presented at the
 * sign-off of 2019-20-Q1 stays the same, byte for byte, however the figures change afterwards.
 */
class PerformanceAsOfIT extends QueryServiceTestDatabase {

    private static final String SIGN_OFF = "sign-off:2019-20-Q1";

    @Autowired
    WebApplicationContext context;

    private MockMvc http() {
        return OperatorHttp.of(context);
    }

    private ProjectionDriver firstQuarterSignedOff(String board) {
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-05-01T09:00:00Z", registered(board, "As of " + board));
        projection.deliver("2019-05-02T09:00:00Z", planSet(board, "NEL", "2019-20-Q1", 6589));
        projection.deliver("2019-06-10T09:00:00Z", recorded(board, "NEL", "2019-04", 1, 2134));
        projection.deliver("2019-07-10T09:00:00Z", recorded(board, "NEL", "2019-05", 1, 2249));
        projection.deliver("2019-08-10T09:00:00Z", recorded(board, "NEL", "2019-06", 1, 2092));
        projection.deliver("2019-09-19T18:00:00Z", signedOff(board, "2019-20-Q1", LocalDate.of(2019, 9, 19)));
        projection.deliver("2019-10-01T09:00:00Z", corrected(board, "NEL", "2019-05", 2, 2300, "late SUS data"));
        return projection;
    }

    @Test
    void readsTheViewAsOfAnInstantAsOfASignOffAndNow() throws Exception {
        String board = "PAS00001";
        firstQuarterSignedOff(board);
        String path = "/api/boards/" + board + "/performance/2019-20";

        http().perform(get(path).param("asOf", "2019-07-31T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.metric == 'NEL' && @.period == '2019-20-Q1')].value")
                        .value(4383))
                .andExpect(jsonPath("$.rows[?(@.metric == 'NEL' && @.period == '2019-20-Q1')].status")
                        .value("incomplete"));
        http().perform(get(path).param("asOf", SIGN_OFF))
                .andExpect(jsonPath("$.rows[?(@.metric == 'NEL' && @.period == '2019-20-Q1')].value")
                        .value(6475));
        http().perform(get(path))
                .andExpect(jsonPath("$.rows[?(@.metric == 'NEL' && @.period == '2019-20-Q1')].value")
                        .value(6526));
    }

    @Test
    void theCsvAsPresentedAtASignOffIsTheSameWheneverItIsAskedFor() throws Exception {
        String board = "PAS00002";
        ProjectionDriver projection = firstQuarterSignedOff(board);
        String path = "/api/boards/" + board + "/performance/2019-20";

        String presented = csv(path, SIGN_OFF);
        projection.deliver("2019-11-01T09:00:00Z", corrected(board, "NEL", "2019-04", 2, 2000, "validation"));
        String presentedLater = csv(path, SIGN_OFF);

        assertThat(presentedLater).isEqualTo(presented);
        assertThat(presented)
                .contains(board + ",NEL,2019-20-Q1,6475,,,2019-04;2019-05;2019-06,true,6589,-114,-1.7,on_track");
        assertThat(csv(path, null))
                .isNotEqualTo(presented)
                .contains(board + ",NEL,2019-20-Q1,6392,,,2019-04;2019-05;2019-06,true,6589,-197,-3.0,on_track");
    }

    @Test
    void refusesAMalformedMomentAnUnknownSignOffAndABoardNotYetRegistered() throws Exception {
        String board = "PAS00003";
        firstQuarterSignedOff(board);
        String path = "/api/boards/" + board + "/performance/2019-20";

        http().perform(get(path).param("asOf", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:invalid"))
                .andExpect(jsonPath("$.field").value("asOf"));
        http().perform(get(path).param("asOf", "sign-off:2019-20"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("asOf"));
        http().perform(get(path).param("asOf", "sign-off:2019-20-Q3"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:bcf-ledger:problem:not-found"))
                .andExpect(jsonPath("$.field").value("asOf"));
        http().perform(get(path).param("asOf", "2019-04-30T00:00:00Z"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("board"));
        http().perform(get(path).param("asOf", "yesterday").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("asOf"));
    }

    private String csv(String path, String asOf) throws Exception {
        return http().perform(
                        asOf == null
                                ? get(path).accept("text/csv")
                                : get(path).param("asOf", asOf).accept("text/csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
