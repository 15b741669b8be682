package uk.bcf.ledger.query.pages;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;

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

/** The performance page says which moment it shows and links to the view as presented at each sign-off. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerformancePageIT extends QueryServiceTestDatabase {

    private static final String BOARD = "PAGE0001";
    private static final String PAGE = "/boards/" + BOARD + "/performance/2019-20";

    @Autowired
    WebApplicationContext context;

    private MockMvc http;

    @BeforeAll
    void history() {
        http = OperatorHttp.of(context);
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-05-01T09:00:00Z", registered(BOARD, "Pages"));
        projection.deliver("2019-05-02T09:00:00Z", planSet(BOARD, "NEL", "2019-20-Q1", 6589));
        projection.deliver("2019-06-10T09:00:00Z", recorded(BOARD, "NEL", "2019-04", 1, 2134));
        projection.deliver("2019-09-19T18:00:00Z", signedOff(BOARD, "2019-20-Q1", LocalDate.of(2019, 9, 19)));
    }

    @Test
    void theCurrentPageSaysSoAndLinksToEachSignOff() throws Exception {
        http.perform(get(PAGE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Figures as known now"),
                                containsString(
                                        "href=\"/boards/" + BOARD + "/performance/2019-20?asOf=sign-off:2019-20-Q1\""),
                                containsString(
                                        "Overview as presented at the Q1 2019-20 sign-off (19 September 2019)"))));
    }

    @Test
    void aPageAsOfASignOffSaysWhichAndWhen() throws Exception {
        http.perform(get(PAGE).param("asOf", "sign-off:2019-20-Q1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "Figures as presented at the sign-off of 2019-20-Q1 on 19 September 2019"),
                                containsString("2019-20 overview as known now"))));
    }

    @Test
    void aPageAsOfAnInstantSaysWhen() throws Exception {
        http.perform(get(PAGE).param("asOf", "2019-07-31T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Figures as known at 31 July 2019 00:00:00 UTC")));
    }
}
