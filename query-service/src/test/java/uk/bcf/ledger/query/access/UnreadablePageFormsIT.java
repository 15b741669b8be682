package uk.bcf.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.security.LedgerUsers;

/**
 * Forms Spring cannot read or bind at all, sent by a signed-in browser over real HTTP (the servlet container parses
 * the body): each is an HTML error page in words (the reason, the field when there is one, a way back), never
 * problem+json or the container's own page; an API client missing a required parameter gets the ledger's own
 * problem with {@code field} and {@code reason}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreadablePageFormsIT extends QueryServiceTestDatabase {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String BOARD_PATH = "/boards/" + TwoBoards.BARNET;

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    LedgerUsers users;

    private Browser browser;
    private String token;

    @BeforeAll
    void boardsAndASignedInAnalyst() {
        TwoBoards.deliver(new ProjectionDriver(context));
        Readers.create(users);
        browser = new Browser(port);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", Readers.BARNET_ANALYST.name());
        fields.put("password", Readers.BARNET_ANALYST.password());
        fields.put("_csrf", token("/login"));
        assertThat(browser.submit("/login", fields).statusCode()).isEqualTo(302);
        token = token(BOARD_PATH + "/imports");
    }

    @Test
    void aMissingRequiredFieldIsAPageNamingIt() {
        HttpResponse<String> answer = browser.post(BOARD_PATH + "/imports/apply", FORM, "_csrf=" + token);

        Document page = errorPage(answer);
        assertThat(page.text()).contains("The problem is with: content").contains("is required");
    }

    @Test
    void aFormBodyThatIsNotProperlyEncodedIsAPageSayingSo() {
        HttpResponse<String> answer =
                browser.post(BOARD_PATH + "/figures", FORM, "_csrf=" + token + "&metric=NEL&value=%ZZ&reason=50%");

        Document page = errorPage(answer);
        assertThat(page.text()).contains(UnreadableFormFilter.REASON);
    }

    @Test
    void aMultipartFormCutShortIsAPageSayingSoNotTheContainersPage() {
        String boundary = "cut-short-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"figures.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\nboard,metric,kind,period,value\r\nE09000003,NEL,act";

        HttpResponse<String> answer =
                browser.post(BOARD_PATH + "/imports", "multipart/form-data; boundary=" + boundary, body);

        Document page = errorPage(answer);
        assertThat(page.text()).contains(UnreadableFormFilter.REASON).doesNotContain("HTTP Status");
    }

    @Test
    void anApiClientMissingARequiredParameterGetsTheLedgersProblemNamingIt() {
        HttpResponse<String> answer = new QueryClient(port)
                .get(
                        "/api/boards/" + TwoBoards.BARNET + "/spc/NEL?to=2020-03",
                        Readers.BARNET_ANALYST,
                        "application/json");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(QueryClient.header(answer, "Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo("urn:bcf-ledger:problem:invalid");
        assertThat(problem.path("field").asString()).isEqualTo("from");
        assertThat(problem.path("reason").asString()).isEqualTo("is required");
    }

    private static Document errorPage(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(QueryClient.header(answer, "Content-Type")).startsWith("text/html");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("h1").text()).isEqualTo("There is a problem with what was sent");
        assertThat(page.select("a[href=/]").eachText()).contains("Go to your boards");
        return page;
    }

    private String token(String page) {
        return Jsoup.parse(browser.open(page).body())
                .select("form[method=post] input[name=_csrf]")
                .attr("value");
    }
}
