package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Issue 6's acceptance across both services: users an administrator creates through the admin API sign in with
 * HTTP Basic; the author of every event is the signed-in user; each user writes and reads only what its role and
 * boards allow, and a refused write stores nothing. Bromley carries the demo figures and its Q2 sign-off; Barnet
 * has one actual, corrected after a recorded moment.
 */
class SecurityIT {

    private static final String BROMLEY = "/api/boards/" + Bromley.CODE;
    private static final String BARNET = "/api/boards/E09000003";
    private static final String NEW_ACTUAL =
            "{\"metric\":\"NEL\",\"period\":\"2019-09\",\"value\":2231,\"source\":\"SUS\"}";
    private static final TestUser BROMLEY_ANALYST = user("bromley-analyst");
    private static final TestUser BARNET_ANALYST = user("barnet-analyst");
    private static final TestUser BROMLEY_VIEWER = user("bromley-viewer");
    private static final TestUser AUDITOR = user("auditor");

    private static RunningServices services;
    private static String barnetBeforeCorrection;
    private static long barnetCorrected;

    @BeforeAll
    static void boardsAndUsers() {
        services = RunningServices.startFresh();
        long signOff = position(Bromley.loadInto(services));
        Http admin = services.command.as(TestUser.ADMIN);
        created(admin.send("POST", "/api/boards", "{\"code\":\"E09000003\",\"name\":\"Barnet\"}"));
        created(admin.send("POST", "/api/admin/users", user(BROMLEY_ANALYST, "ANALYST", Bromley.CODE)));
        created(admin.send("POST", "/api/admin/users", user(BARNET_ANALYST, "ANALYST", "E09000003")));
        created(admin.send("POST", "/api/admin/users", user(BROMLEY_VIEWER, "VIEWER", Bromley.CODE)));
        created(admin.send("POST", "/api/admin/users", user(AUDITOR, "AUDITOR", "*")));

        Http barnet = services.command.as(BARNET_ANALYST);
        created(barnet.send("POST", BARNET + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":2500}"));
        barnetBeforeCorrection = Instant.now().toString();
        barnetCorrected = position(created(
                barnet.send("PUT", BARNET + "/actuals/NEL/2019-04", "{\"value\":2510,\"reason\":\"revalidated\"}")));
        assertThat(services.query
                        .get(
                                BROMLEY + "/performance/2019-20?awaitPosition=" + Math.max(signOff, barnetCorrected),
                                "text/csv")
                        .status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void theAuthorOfAnActualIsTheAnalystWhoPostedItNotTheBody() {
        long before = services.eventCount();
        Http analyst = services.command.as(BROMLEY_ANALYST);

        Http.Response forged = analyst.send(
                "POST", BROMLEY + "/actuals", NEW_ACTUAL.replace("}", ",\"recordedBy\":\"the-chief-executive\"}"));
        assertThat(forged.status()).as(forged.body()).isEqualTo(400);
        assertThat(forged.json().get("field").asString()).isEqualTo("recordedBy");
        assertThat(services.eventCount()).isEqualTo(before);

        long written = position(created(analyst.send("POST", BROMLEY + "/actuals", NEW_ACTUAL)));
        JsonNode versions = services.query
                .as(AUDITOR)
                .get(BROMLEY + "/figures/NEL/2019-09/history?awaitPosition=" + written, "application/json")
                .json()
                .get("versions");

        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("recordedBy").asString()).isEqualTo(BROMLEY_ANALYST.name());
        assertThat(services.query
                        .as(AUDITOR)
                        .get(BROMLEY + "/figures/NEL/2019-08/history", "application/json")
                        .json()
                        .get("versions")
                        .get(0)
                        .get("recordedBy")
                        .asString())
                .isEqualTo(TestUser.OPERATOR.name());
    }

    @Test
    void anAnalystOfBarnetCanNeitherPostToBromleyNorReadIt() {
        long before = services.eventCount();

        Http.Response posted = services.command
                .as(BARNET_ANALYST)
                .send("POST", BROMLEY + "/actuals", NEW_ACTUAL.replace("2019-09", "2019-10"));

        assertForbidden(posted);
        assertThat(services.eventCount()).isEqualTo(before);
        Http query = services.query.as(BARNET_ANALYST);
        for (String read : new String[] {
            BROMLEY + "/performance/2019-20",
            BROMLEY + "/figures/NEL/2019-08/history",
            BROMLEY + "/reports/2019-20/Q2?asOf=sign-off:2019-20-Q2",
            BROMLEY + "/restatements?since=sign-off:2019-20-Q2"
        }) {
            assertForbidden(query.get(read, "application/json"));
        }
        assertThat(query.get(BARNET + "/figures/NEL/2019-04", "application/json")
                        .status())
                .isEqualTo(200);
        assertThat(query.get("/api/boards", "application/json").body())
                .contains("E09000003")
                .doesNotContain(Bromley.CODE);
    }

    @Test
    void aViewerOfBromleyReadsItsReportButCannotPost() {
        long before = services.eventCount();
        Http.Response report = services.query
                .as(BROMLEY_VIEWER)
                .get(BROMLEY + "/reports/2019-20/Q2?asOf=sign-off:2019-20-Q2", "text/html");

        Http.Response posted = services.command
                .as(BROMLEY_VIEWER)
                .send("POST", BROMLEY + "/actuals", NEW_ACTUAL.replace("2019-09", "2019-11"));

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("6,475").contains("21 November 2019");
        assertForbidden(posted);
        assertThat(services.eventCount()).isEqualTo(before);
        assertForbidden(
                services.query.as(BROMLEY_VIEWER).get(BARNET + "/figures/NEL/2019-04/history", "application/json"));
    }

    @Test
    void anAuditorReadsHistoryAndRestatementsOfBothBoardsButCannotPost() {
        Http query = services.query.as(AUDITOR);

        assertThat(query.get(BROMLEY + "/figures/NEL/2019-08/history", "application/json")
                        .json()
                        .get("versions"))
                .isNotEmpty();
        assertThat(query.get(BROMLEY + "/restatements?since=sign-off:2019-20-Q2", "application/json")
                        .status())
                .isEqualTo(200);
        JsonNode barnet = query.get(BARNET + "/figures/NEL/2019-04/history", "application/json")
                .json()
                .get("versions");
        assertThat(barnet).hasSize(2);
        assertThat(barnet.get(1).get("recordedBy").asString()).isEqualTo(BARNET_ANALYST.name());
        JsonNode restated = query.get(
                        BARNET + "/restatements?since=" + barnetBeforeCorrection + "&awaitPosition=" + barnetCorrected,
                        "application/json")
                .json()
                .get("restatements");
        assertThat(restated).hasSize(1);
        assertThat(restated.get(0).get("newValue").decimalValue()).isEqualByComparingTo("2510");

        long before = services.eventCount();
        assertForbidden(services.command
                .as(AUDITOR)
                .send("POST", BROMLEY + "/actuals", NEW_ACTUAL.replace("2019-09", "2019-12")));
        assertForbidden(services.command
                .as(AUDITOR)
                .send("POST", BARNET + "/actuals", NEW_ACTUAL.replace("2019-09", "2019-05")));
        assertThat(services.eventCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"command", "query"})
    void withoutCredentialsOrWithAWrongPasswordNothingIsAnswered(String service) {
        Http http = "command".equals(service) ? services.command : services.query;
        String path = "command".equals(service) ? BROMLEY + "/actuals" : BROMLEY + "/performance/2019-20";
        String method = "command".equals(service) ? "POST" : "GET";
        String body = "command".equals(service) ? NEW_ACTUAL.replace("2019-09", "2020-01") : null;
        long before = services.eventCount();

        for (Http caller :
                new Http[] {http.anonymous(), http.as(new TestUser(BROMLEY_ANALYST.name(), "not-the-password"))}) {
            Http.Response response = caller.send(method, path, body);
            assertThat(response.status()).as(response.body()).isEqualTo(401);
            assertThat(response.challenge()).startsWith("Basic");
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(services.eventCount()).isEqualTo(before);
    }

    private static TestUser user(String name) {
        return TestUser.named(name);
    }

    private static String user(TestUser user, String role, String... boards) {
        return "{\"username\":\"" + user.name() + "\",\"password\":\"" + user.password() + "\",\"roles\":[\"" + role
                + "\"],\"boards\":["
                + String.join(
                        ",",
                        Arrays.stream(boards).map(board -> "\"" + board + "\"").toList()) + "]}";
    }

    private static Http.Response created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static void assertForbidden(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static long position(Http.Response write) {
        return write.json().get("position").asLong();
    }
}
