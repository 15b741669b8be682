package uk.bcf.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.TestEvents.by;
import static uk.bcf.ledger.query.TestEvents.commentary;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Free text goes out as text: a board name, a source, commentary and a correction's reason holding the characters
 * the plain-text rule allows ({@code & " ' <} followed by a space) are escaped in the report and the page, and so is
 * markup that reached the store before the rule (or around it), which must never run in a reader's browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptInjectionIT extends QueryServiceTestDatabase {

    private static final String BOARD = "XSS000001";
    private static final String NAME = "Tom & Jerry's \"Board\" < Barnet";
    private static final String SOURCE = "SUS & \"ECDS\" < 'local' <img src=x onerror=alert(1)>";
    private static final String COMMENTARY =
            "Admissions < plan & \"falling\"; it's <script>alert('commentary')</script>";
    private static final String REASON = "Resubmitted < 5 days late & \"checked\" <b onmouseover=alert(2)>";
    private static final String REPORT = "/api/boards/" + BOARD + "/reports/2019-20/Q1";
    private static final String PAGE = "/boards/" + BOARD + "/performance/2019-20";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    private QueryClient http;

    @BeforeAll
    void hostileText() {
        http = new QueryClient(port);
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-04-01T09:00:00Z", registered(BOARD, NAME));
        projection.deliver("2019-04-10T09:00:00Z", planSet(BOARD, "NEL", "2019-20-Q1", 6589));
        projection.deliver("2019-05-10T09:00:00Z", actual("2019-04", 2134));
        projection.deliver("2019-06-10T09:00:00Z", actual("2019-05", 2249));
        projection.deliver("2019-07-10T09:00:00Z", actual("2019-06", 2092));
        projection.deliver("2019-08-01T09:00:00Z", commentary(BOARD, "NEL", "2019-20-Q1", 1, COMMENTARY));
        projection.deliver("2019-09-19T18:00:00Z", signedOff(BOARD, "2019-20-Q1", LocalDate.of(2019, 9, 19)));
        projection.deliver(
                "2019-10-02T09:00:00Z",
                new ActualCorrectedEvent(
                        BOARD,
                        "NEL",
                        Period.parse("2019-05"),
                        Measurement.count(2250),
                        2,
                        by("corrector", SOURCE, REASON)));
    }

    private static ActualRecordedEvent actual(String month, long admissions) {
        return new ActualRecordedEvent(
                BOARD, "NEL", Period.parse(month), Measurement.count(admissions), 1, by("recorder", SOURCE, null));
    }

    @Test
    void theReportShowsEveryFreeTextAsTextAndRunsNoneOfIt() {
        HttpResponse<String> report = http.get(REPORT, TestUser.OPERATOR, "text/html");
        Document page = Jsoup.parse(report.body());

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(page.select("dd").eachText()).contains(NAME + " (" + BOARD + ")");
        assertThat(page.select("#metric-NEL .source").text()).isEqualTo("Source: " + SOURCE);
        assertThat(page.select("#metric-NEL .commentary p").eachText()).containsExactly(COMMENTARY);
        assertThat(page.select(".restatements tbody td").eachText()).contains(REASON);
        assertThat(report.body())
                .contains(
                        "it&#39;s &lt;script&gt;alert(&#39;commentary&#39;)&lt;/script&gt;",
                        "&lt;img src=x onerror=alert(1)&gt;",
                        "&lt;b onmouseover=alert(2)&gt;");
        assertInert(report.body(), page);
    }

    @Test
    void thePerformancePageShowsTheBoardNameAsText() {
        HttpResponse<String> response = http.get(PAGE, TestUser.OPERATOR, "text/html");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.title()).startsWith(NAME + " 2019-20");
        assertThat(page.select(".govuk-caption-l").text()).startsWith(NAME + " (" + BOARD + ")");
        assertThat(response.body()).contains("Tom &amp; Jerry&#39;s &quot;Board&quot; &lt; Barnet");
        assertInert(response.body(), page);
    }

    @Test
    void theIndexPageShowsTheBoardNameAsText() {
        HttpResponse<String> response = http.get("/", TestUser.OPERATOR, "text/html");
        Document page = Jsoup.parse(response.body());

        assertThat(page.select("tbody th").eachText()).contains(NAME);
        assertThat(response.body()).contains("Tom &amp; Jerry&#39;s &quot;Board&quot; &lt; Barnet");
    }

    @Test
    void markupEchoedInAnErrorIsJsonThatNoBrowserRendersAsAPage() {
        String metric = "%3Cscript%3Ealert(1)%3C%20";
        HttpResponse<String> response = http.get(
                "/api/boards/" + BOARD + "/spc/" + metric + "?from=2019-04&to=2019-06",
                TestUser.OPERATOR,
                "text/html,*/*");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(QueryClient.header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(QueryClient.header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** Nothing of the name runs: the only script is the service's own progressive enhancement, by address. */
    private static void assertInert(String html, Document page) {
        assertThat(page.select(
                        "script:not([type=module][src=/js/govuk-init.js]), script[src=/js/govuk-init.js]:not(:empty)"))
                .isEmpty();
        assertThat(page.select("img[onerror], b[onmouseover], [onerror], [onmouseover]"))
                .isEmpty();
        assertThat(html).doesNotContain("<script>", "<img", "<b ", "\"Board\"", "< Barnet");
    }
}
