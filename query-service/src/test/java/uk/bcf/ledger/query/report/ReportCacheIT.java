package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.bcf.ledger.query.TestEvents.corrected;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;

/**
 * A board report read again is served from the cache, standing at the moment of the new request, until an event
 * changes the board: the correction is in the very next report, while the report as of the sign-off is unchanged.
 */
class ReportCacheIT extends QueryServiceTestDatabase {

    private static final String BOARD = "RPC000006";
    private static final String REPORT = "/api/boards/" + BOARD + "/reports/2019-20/Q2";

    @Autowired
    WebApplicationContext context;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRepeatedReportIsServedFromTheCacheUntilAnEventChangesTheBoard() throws Exception {
        ProjectionDriver projection = new ProjectionDriver(context);
        BromleyHistory.deliver(projection, BOARD);
        MockMvc http = OperatorHttp.of(context);

        Document first = page(http, REPORT);
        double hits = hits();
        Document again = page(http, REPORT);

        assertThat(hits()).isEqualTo(hits + 1);
        assertThat(cells(again)).isEqualTo(cells(first)).contains("2,201");
        assertThat(again.select(".figures-as-at").text())
                .as("a present report stands at the moment it is asked for")
                .isNotEmpty();
        String signedOff = page(http, REPORT + "?asOf=sign-off:2019-20-Q2").html();

        projection.deliver("2019-12-20T10:00:00Z", corrected(BOARD, "NEL", "2019-08", 3, 2299, "resubmitted"));
        Document corrected = page(http, REPORT);

        assertThat(cells(corrected)).contains("2,299").doesNotContain("2,201");
        assertThat(hits()).isEqualTo(hits + 1);
        assertThat(page(http, REPORT + "?asOf=sign-off:2019-20-Q2").html()).isEqualTo(signedOff);
    }

    private static Document page(MockMvc http, String path) throws Exception {
        return Jsoup.parse(http.perform(get(path).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> cells(Document page) {
        return page.select("#metric-NEL table.figures td").eachText();
    }

    private double hits() {
        return meters.get("cache.gets")
                .tag("cache", "board-reports")
                .tag("result", "hit")
                .functionCounter()
                .count();
    }
}
