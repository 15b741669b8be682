package uk.bcf.ledger.query.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;

/**
 * Every page of the workbench, as the operator (administrator, analyst and auditor of every board) opens it: one
 * {@code h1}, a skip link to the main content, who is signed in and a way to sign out, a label for every field,
 * tables with captions and header scopes; and the error pages browsers get in place of problem+json.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchPagesIT extends QueryServiceTestDatabase {

    private static final String BOARD = "E09000911";
    private static final String BOARD_PATH = "/boards/" + BOARD;

    @Autowired
    WebApplicationContext context;

    private MockMvc http;

    @BeforeAll
    void history() {
        http = OperatorHttp.of(context);
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-05-01T09:00:00Z", registered(BOARD, "Workbench"));
        projection.deliver("2019-05-02T09:00:00Z", planSet(BOARD, "NEL", "2019-20-Q1", 6589));
        projection.deliver("2019-06-10T09:00:00Z", recorded(BOARD, "NEL", "2019-04", 1, 12134));
        projection.deliver("2019-09-19T18:00:00Z", signedOff(BOARD, "2019-20-Q1", LocalDate.of(2019, 9, 19)));
        projection.deliver("2019-10-01T09:00:00Z", corrected(BOARD, "NEL", "2019-04", 2, 12201, "SUS resubmission"));
    }

    static Stream<String> pages() {
        return Stream.of(
                "/",
                BOARD_PATH + "/performance/2019-20",
                BOARD_PATH + "/history/actual/NEL/2019-04",
                BOARD_PATH + "/history/plan/NEL/2019-20-Q1",
                BOARD_PATH + "/reports/2019-20/Q1",
                BOARD_PATH + "/reports/2019-20/Q1?moment=sign-off&signOff=2019-20-Q1",
                BOARD_PATH + "/reports/2019-20/Q1?moment=date&date=2019-09-30",
                BOARD_PATH + "/restatements",
                BOARD_PATH + "/figures/new",
                BOARD_PATH + "/figures/new?metric=NEL&kind=actual",
                BOARD_PATH + "/figures/new?metric=REABLEMENT_91&kind=plan",
                BOARD_PATH + "/figures/actual/NEL/2019-04/correct",
                BOARD_PATH + "/figures/actual/NEL/2019-04/withdraw",
                BOARD_PATH + "/figures/commentary?metric=NEL&period=2019-20-Q1",
                BOARD_PATH + "/sign-offs/new",
                BOARD_PATH + "/populations/new",
                BOARD_PATH + "/imports",
                "/admin/audit",
                "/account/password");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageHasOneHeadingASkipLinkTheSignedInUserAndLabelledFields(String path) throws Exception {
        MockHttpServletResponse response = open(path);
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(page.select("h1")).as("one h1").hasSize(1);
        assertThat(page.select("a.govuk-skip-link[href=#main-content]")).hasSize(1);
        assertThat(page.select("main#main-content")).hasSize(1);
        assertThat(page.text()).contains("Signed in as test-operator");
        assertThat(page.select("form[action=/logout] button").text()).isEqualTo("Sign out");
        for (Element field : page.select("main input:not([type=hidden]), main select, main textarea:not([hidden])")) {
            assertThat(page.select("label[for=" + field.id() + "]"))
                    .as("a label for %s on %s", field.id(), path)
                    .isNotEmpty();
        }
        for (Element table : page.select("table")) {
            assertThat(table.select("caption").text())
                    .as("a caption on %s", path)
                    .isNotBlank();
            assertThat(table.select("th:not([scope])"))
                    .as("header scopes on %s", path)
                    .isEmpty();
        }
    }

    @Test
    void theOverviewSaysEachQuartersStatusWithPeriodsInWordsAndThousandsSeparators() throws Exception {
        Document page = Jsoup.parse(open(BOARD_PATH + "/performance/2019-20").getContentAsString());

        assertThat(page.select("table").first().text()).contains("Q1 2019-20");
        assertThat(page.text()).contains("April 2019").contains("12,201").contains("6,589");
        assertThat(page.select("a[href=" + BOARD_PATH + "/history/actual/NEL/2019-04]")
                        .text())
                .isEqualTo("History of the April 2019 actual");
    }

    @Test
    void aFiguresHistoryIsATimelineWithWhoWhyAndTheRestatementMark() throws Exception {
        Document page =
                Jsoup.parse(open(BOARD_PATH + "/history/actual/NEL/2019-04").getContentAsString());

        assertThat(page.select(".ledger-timeline__item")).hasSize(2);
        assertThat(page.select(".ledger-timeline__item").first().text())
                .contains("Version 2: corrected")
                .contains("Restated after sign-off")
                .contains("12,201")
                .contains("SUS resubmission");
    }

    @Test
    void theReportsDownloadsKeepTheMomentAndHaveDistinctNames() throws Exception {
        Document page = Jsoup.parse(open(BOARD_PATH + "/reports/2019-20/Q1?moment=sign-off&signOff=2019-20-Q1")
                .getContentAsString());

        Element pdf = page.select("a:contains((PDF))").first();
        Element csv = page.select("a:contains((CSV))").first();
        assertThat(pdf.attr("href")).contains("format=pdf").contains("asOf=sign-off:2019-20-Q1");
        assertThat(csv.attr("href")).contains("format=csv").contains("asOf=sign-off:2019-20-Q1");
        assertThat(pdf.text()).isNotEqualTo(csv.text()).contains("as presented at the Q1 2019-20 sign-off");
    }

    @Test
    void anImpossibleDayInTheMomentPickerIsAnErrorSummaryOnTheFormLinkedToTheDay() throws Exception {
        MockHttpServletResponse response = open(BOARD_PATH + "/reports/2019-20/Q1?moment=date&date=2019-02-30");
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a[href=#date]").text())
                .isEqualTo("Day must be a real date, for example 2019-11-21");
        Element day = page.selectFirst("input#date");
        assertThat(day.attr("value")).isEqualTo("2019-02-30");
        assertThat(day.attr("aria-describedby")).contains("date-error");
        assertThat(day.hasClass("govuk-input--error")).isTrue();
        assertThat(page.select("#moment-date[checked]")).hasSize(1);
        assertThat(page.selectFirst("#conditional-moment-date").hasClass("govuk-radios__conditional--hidden"))
                .as("the chosen radio's field is shown")
                .isFalse();
        assertThat(page.text()).contains("Figures as known now");
    }

    @Test
    void aDayThatIsNotADateAndAMissingSignOffAreErrorsLinkedToTheirFields() throws Exception {
        MockHttpServletResponse notADate = open(BOARD_PATH + "/reports/2019-20/Q1?moment=date&date=30%2F09%2F2019");
        MockHttpServletResponse noSignOff = open(BOARD_PATH + "/reports/2019-20/Q1?moment=sign-off&signOff=");

        assertThat(notADate.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(notADate.getContentAsString())
                        .select(".govuk-error-summary a[href=#date]")
                        .text())
                .contains("year-month-day");
        assertThat(noSignOff.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(noSignOff.getContentAsString())
                        .select(".govuk-error-summary a[href=#signOff]")
                        .text())
                .isEqualTo("Choose the sign-off to show the report as presented at");
    }

    @Test
    void theMomentPickerNamesSignOffsByTheirMeetingDayInWordsAndRevealsEachFieldUnderItsRadio() throws Exception {
        Document page = Jsoup.parse(open(BOARD_PATH + "/reports/2019-20/Q1").getContentAsString());

        assertThat(page.select("select#signOff option").eachText())
                .containsExactly("Q1 2019-20, signed off on 19 September 2019");
        for (String choice : new String[] {"sign-off", "date"}) {
            Element radio = page.selectFirst("input#moment-" + choice);
            Element conditional = page.getElementById("conditional-moment-" + choice);
            assertThat(radio.attr("data-aria-controls")).isEqualTo(conditional.id());
            assertThat(conditional.hasClass("govuk-radios__conditional--hidden"))
                    .as("hidden only where JavaScript runs: govuk-frontend hides it under .govuk-frontend-supported")
                    .isTrue();
        }
        assertThat(page.select("#conditional-moment-sign-off select#signOff")).hasSize(1);
        assertThat(page.select("#conditional-moment-date input#date")).hasSize(1);
        assertThat(Jsoup.parse(open(BOARD_PATH + "/reports/2019-20/Q1?moment=date&date=2019-09-30")
                                .getContentAsString())
                        .text())
                .contains("as known at the end of 30 September 2019");
    }

    @Test
    void anUnknownPageIsAPageNotFoundForBrowsersAndAProblemForApiClients() throws Exception {
        MockHttpServletResponse page = open("/no-such-page");
        MockHttpServletResponse api = http.perform(get("/api/no-such-thing").accept("application/json"))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("Page not found").doesNotContain("Whitelabel");
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aBadParameterIsAnHtmlPageNamingTheFieldWithAWayBack() throws Exception {
        MockHttpServletResponse page = open(BOARD_PATH + "/performance/1999-00");
        Document document = Jsoup.parse(page.getContentAsString());

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(document.select("h1").text()).isEqualTo("There is a problem with what was sent");
        assertThat(document.text()).contains("Go to your boards");
        assertThat(document.select("a[href=/]")).isNotEmpty();
    }

    @Test
    void aWriteThatCannotBeRelayedIsAPageSayingWhyNotAProblem() throws Exception {
        MockHttpServletResponse page = http.perform(post(BOARD_PATH + "/figures")
                        .accept("text/html")
                        .param("metric", "NEL")
                        .param("kind", "actual")
                        .param("period", "2019-05")
                        .param("value", "1"))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).contains("BCF_RELAY_SECRET");
    }

    @Test
    void theFaviconIsServed() throws Exception {
        assertThat(http.perform(get("/favicon.ico")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse open(String path) throws Exception {
        return http.perform(get(path).accept("text/html,application/xhtml+xml"))
                .andReturn()
                .getResponse();
    }
}
