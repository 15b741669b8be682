package uk.bcf.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.bcf.ledger.query.access.TwoBoards.BARNET;
import static uk.bcf.ledger.query.access.TwoBoards.BROMLEY;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.operations.ProcessorStatus;
import uk.bcf.ledger.query.operations.ReadModelRebuilder;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The read side tried as an attacker would, over real HTTP: without credentials, with a wrong password, as an
 * analyst of Barnet after Bromley's figures in every read, format and moment, as a viewer after operator endpoints.
 * Each gets 401 or 403 with a problem body, while the board's own readers and auditors get what they asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuerySecurityIT extends QueryServiceTestDatabase {

    private static final String PROBLEM = "application/problem+json";
    private static final String BROMLEY_VIEW = "/api/boards/" + BROMLEY + "/performance/2019-20";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    LedgerUsers users;

    @Autowired
    ReadModelRebuilder rebuilder;

    private QueryClient http;

    @BeforeAll
    void boardsAndReaders() {
        http = new QueryClient(port);
        TwoBoards.deliver(new ProjectionDriver(context));
        Readers.create(users);
    }

    Stream<BoardReads.Read> readsOfBromley() {
        return BoardReads.of(BROMLEY);
    }

    Stream<BoardReads.Read> readsOfBarnet() {
        return BoardReads.of(BARNET);
    }

    @Test
    void anAnonymousApiRequestIsAskedForBasicCredentials() {
        HttpResponse<String> response = http.anonymous(BROMLEY_VIEW, "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(QueryClient.header(response, "Content-Type")).startsWith(PROBLEM);
        assertThat(QueryClient.header(response, "WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(response.body()).doesNotContain("Bromley", "2100");
        assertThat(http.anonymous("/api/boards", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAnonymousBrowserIsSentToTheLoginPage() {
        HttpResponse<String> index = http.anonymous("/", "text/html,application/xhtml+xml");
        HttpResponse<String> page = http.anonymous("/boards/" + BROMLEY + "/performance/2019-20", "text/html");

        assertThat(index.statusCode()).isEqualTo(302);
        assertThat(QueryClient.header(index, "Location")).endsWith("/login");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.body()).doesNotContain("Bromley");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAlike() {
        assertThat(http.get(BROMLEY_VIEW, Readers.BROMLEY_VIEWER, null).statusCode())
                .as("signed in, and remembered")
                .isEqualTo(200);

        HttpResponse<String> wrongPassword =
                http.get(BROMLEY_VIEW, new TestUser(Readers.BROMLEY_VIEWER.name(), "not-the-password"), null);
        HttpResponse<String> unknownUser =
                http.get(BROMLEY_VIEW, new TestUser("nobody-at-all", "not-the-password"), null);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
        assertThat(http.get(BROMLEY_VIEW, "Basic not-base64!", null).statusCode())
                .isEqualTo(401);
        assertThat(http.get(BROMLEY_VIEW, "Bearer some.token.value", null).statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readsOfBromley")
    void anAnalystOfAnotherBoardIsRefusedEveryReadOfBromley(BoardReads.Read read) {
        HttpResponse<String> response = http.get(read.path(), Readers.BARNET_ANALYST, read.accept());
        boolean page = !read.path().startsWith("/api/")
                && read.accept() != null
                && read.accept().contains("text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(QueryClient.header(response, "Content-Type"))
                .as("a browser's page is refused with an HTML page, an API call with a problem")
                .startsWith(page ? "text/html" : PROBLEM);
        assertThat(response.body()).doesNotContain("Bromley", "2100", "6589");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readsOfBromley")
    void aViewerOfBromleyReadsEveryReadOfBromley(BoardReads.Read read) {
        assertThat(http.get(read.path(), Readers.BROMLEY_VIEWER, read.accept()).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readsOfBarnet")
    void aViewerOfBromleyIsRefusedEveryReadOfBarnet(BoardReads.Read read) {
        assertThat(http.get(read.path(), Readers.BROMLEY_VIEWER, read.accept()).statusCode())
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"readsOfBromley", "readsOfBarnet"})
    void anAuditorReadsEveryBoard(BoardReads.Read read) {
        assertThat(http.get(read.path(), Readers.AUDITOR, read.accept()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorWithoutAReadingRoleSeesNoFigures() {
        assertThat(http.get(BROMLEY_VIEW, TestUser.ADMIN, null).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/boards/" + BROMLEY + "/figures/NEL/2019-04/history", Readers.MONITOR, null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theBoardListShowsOnlyTheBoardsInScope() {
        assertThat(http.get("/api/boards", Readers.BARNET_ANALYST, "text/csv").body())
                .contains(BARNET + ",Barnet")
                .doesNotContain(BROMLEY);
        assertThat(http.get("/api/boards", Readers.BROMLEY_VIEWER, "application/json")
                        .body())
                .contains(BROMLEY)
                .doesNotContain(BARNET);
        assertThat(http.get("/api/boards", Readers.AUDITOR, "text/csv").body())
                .contains(BROMLEY + ",Bromley", BARNET + ",Barnet");
        assertThat(http.get("/api/boards", Readers.MONITOR, "text/csv").body()).isEqualTo("code,name\r\n");
    }

    @Test
    void theIndexPageListsOnlyTheBoardsInScope() {
        HttpResponse<String> analyst = http.get("/", Readers.BARNET_ANALYST, "text/html");
        HttpResponse<String> auditor = http.get("/", Readers.AUDITOR, "text/html");

        assertThat(analyst.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(analyst.body()).select("tbody th").eachText())
                .contains("Barnet")
                .doesNotContain("Bromley");
        assertThat(Jsoup.parse(auditor.body()).select("tbody th").eachText()).contains("Barnet", "Bromley");
    }

    @Test
    void onlyMonitorsAndAdministratorsSeeOperationalMetrics() {
        assertThat(http.anonymous("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", Readers.BROMLEY_VIEWER, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", Readers.AUDITOR, null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> scrape = http.get("/actuator/prometheus", Readers.MONITOR, null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
        assertThat(http.anonymous("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/env", Readers.MONITOR, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void pagesCarryTheSecureHeaders() {
        HttpResponse<String> page =
                http.get("/boards/" + BROMLEY + "/performance/2019-20", Readers.BROMLEY_VIEWER, "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(QueryClient.header(page, "Content-Security-Policy"))
                .startsWith("default-src 'self'")
                .contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(QueryClient.header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(QueryClient.header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(QueryClient.header(page, "Cache-Control")).contains("no-store");
    }

    @Test
    void errorsSayWhatWasWrongWithoutStackTracesOrSql() {
        String injected = "?asOf=2019-13-45T99:00:00Z'%20or%201=1--";
        HttpResponse<String> malformedMoment = http.get(BROMLEY_VIEW + injected, Readers.AUDITOR, null);
        HttpResponse<String> unknownBoard =
                http.get("/api/boards/E09999999/performance/2019-20", Readers.AUDITOR, null);
        HttpResponse<String> unknownSignOff =
                http.get(BROMLEY_VIEW + "?asOf=sign-off:2029-30-Q4", Readers.AUDITOR, null);
        HttpResponse<String> missingParameter = http.get("/api/boards/" + BROMLEY + "/spc/NEL", Readers.AUDITOR, null);

        assertThat(malformedMoment.statusCode()).isEqualTo(400);
        assertThat(unknownBoard.statusCode()).isEqualTo(404);
        assertThat(unknownSignOff.statusCode()).isEqualTo(404);
        assertThat(missingParameter.statusCode()).isEqualTo(400);
        Stream.of(malformedMoment, unknownBoard, unknownSignOff, missingParameter)
                .forEach(response -> {
                    assertThat(QueryClient.header(response, "Content-Type")).startsWith(PROBLEM);
                    assertThat(response.body())
                            .doesNotContainIgnoringCase("exception")
                            .doesNotContainIgnoringCase("select ")
                            .doesNotContain("\tat ", "uk.bcf", "org.springframework", "read_model", "trace");
                });
    }

    @Test
    void pathTricksDoNotReachAnotherBoard() {
        String view = "/performance/2019-20";
        String[] rejected = {
            "/api/boards/" + BARNET + "/../" + BROMLEY + view,
            "/api/boards/" + BARNET + "/%2e%2e/" + BROMLEY + view,
            "/api/boards/" + BROMLEY + ";" + BARNET + view,
            "/api/boards/" + BROMLEY + "%2Fperformance%2F2019-20",
            "//api/boards/" + BROMLEY + view
        };
        String[] refused = {"/api/boards/" + BROMLEY + view + "/", "/api/boards/" + BROMLEY.toLowerCase() + view};
        for (String trick : rejected) {
            HttpResponse<String> response = http.get(trick, Readers.BARNET_ANALYST, null);
            assertThat(response.statusCode()).as(trick).isEqualTo(400);
            assertThat(QueryClient.header(response, "Content-Type")).as(trick).startsWith(PROBLEM);
            assertThat(response.body()).as(trick).doesNotContain("Bromley", "6589", "Tomcat/");
        }
        HttpResponse<String> page =
                http.get("/boards/" + BROMLEY + "%2Fperformance%2F2019-20", Readers.BARNET_ANALYST, "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(QueryClient.header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.body())
                .contains("Go to your boards", "contain characters that are refused")
                .doesNotContain("HTTP Status", "6589");
        for (String trick : refused) {
            assertThat(http.get(trick, Readers.BARNET_ANALYST, null).statusCode())
                    .as(trick)
                    .isEqualTo(403);
        }
    }

    @Test
    void onlyAnAdministratorMayAskForTheReadModelsStatus() {
        assertThat(http.get("/api/admin/read-models", Readers.BARNET_ANALYST, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/admin/read-models", Readers.AUDITOR, null).statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/admin/read-models", TestUser.ADMIN, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void onlyAnAdministratorMayRebuildTheReadModelsAndNotFromAnotherSite() {
        assertThat(http.post("/api/admin/read-models/rebuild", Readers.BARNET_ANALYST)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.post("/api/admin/read-models/rebuild", Readers.BROMLEY_VIEWER)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> anonymous = http.post("/api/admin/read-models/rebuild", null);
        assertThat(anonymous.statusCode())
                .as("an API write without credentials or session must sign in")
                .isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(http.post("/api/admin/read-models/rebuild", TestUser.ADMIN, "Origin", "https://attacker.example")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.post("/api/admin/read-models/rebuild", TestUser.ADMIN, "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> rebuild = http.post("/api/admin/read-models/rebuild", TestUser.ADMIN);

        assertThat(rebuild.statusCode()).isEqualTo(202);
        assertThat(rebuild.body()).contains("performance-projection");
        await().atMost(Duration.ofSeconds(30))
                .until(
                        rebuilder::status,
                        processors -> processors.stream()
                                .allMatch(processor -> processor.running()
                                        && !processor.error()
                                        && !processor.segments().isEmpty()
                                        && processor.segments().stream().allMatch(ProcessorStatus.Segment::caughtUp)));
    }
}
