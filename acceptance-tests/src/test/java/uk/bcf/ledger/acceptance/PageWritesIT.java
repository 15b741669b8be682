package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.security.LedgerSecurityProperties;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.RelayTokens;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Issue 14's one address (ADR 14): a browser signed in on the query service records figures through its pages; the
 * query service relays each write to the command service with a relay token, and the command service records the
 * signed-in user as the author. Forms need their CSRF token; refusals come back as the same words on an HTML page or
 * on the form; relay tokens count only when signed with the shared secret and naming the user's current stamp.
 */
class PageWritesIT {

    private static final String BROMLEY = "/boards/" + Bromley.CODE;
    private static final TestUser ANALYST = TestUser.named("page-analyst");
    private static final TestUser BARNET_ANALYST = TestUser.named("page-barnet-analyst");

    private static RunningServices services;

    @BeforeAll
    static void boardAndUsers() {
        services = RunningServices.startFresh();
        Bromley.loadInto(services);
        Http admin = services.command.as(TestUser.ADMIN);
        assertThat(admin.send("POST", "/api/boards", "{\"code\":\"E09000003\",\"name\":\"Barnet\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.send("POST", "/api/admin/users", user(ANALYST, Bromley.CODE))
                        .status())
                .isEqualTo(201);
        assertThat(admin.send("POST", "/api/admin/users", user(BARNET_ANALYST, "E09000003"))
                        .status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void aFigureRecordedInAPageIsAuthoredByTheSignedInUser() {
        PageBrowser browser = signedIn(ANALYST);
        assertThat(browser.open(BROMLEY + "/figures/new?metric=NEL&kind=actual").statusCode())
                .isEqualTo(200);

        HttpResponse<String> recorded = browser.submit(
                BROMLEY + "/figures",
                Map.of("metric", "NEL", "kind", "actual", "period", "2019-10", "value", "2,311", "source", "SUS"));

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        String history = recorded.headers().firstValue("Location").orElseThrow();
        assertThat(history).startsWith(BROMLEY + "/history/actual/NEL/2019-10?awaitPosition=");
        HttpResponse<String> page = browser.open(history);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2,311").contains(ANALYST.name()).contains("SUS");
        assertThat(services.count("select count(*) from event_store.domain_event_entry where payload_type like "
                        + "'%ActualRecordedEvent' and convert_from(payload, 'UTF8') like '%\"recordedBy\":\""
                        + ANALYST.name() + "\"%' and convert_from(payload, 'UTF8') like '%2019-10%'"))
                .as("the event names the signed-in user as its author")
                .isEqualTo(1);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAPageAndStoresNothing() {
        PageBrowser browser = signedIn(ANALYST);
        long events = services.eventCount();

        HttpResponse<String> refused = browser.submitWithout(
                BROMLEY + "/figures", Map.of("metric", "NEL", "kind", "actual", "period", "2019-11", "value", "1"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("The form had expired").contains("Go to your boards");
        assertThat(services.eventCount()).isEqualTo(events);
    }

    @Test
    void aRefusedFieldIsShownOnTheFormInTheCommandServicesWordsLinkedToTheField() {
        PageBrowser browser = signedIn(ANALYST);
        browser.open(BROMLEY + "/figures/new?metric=NEL&kind=actual");
        long events = services.eventCount();

        HttpResponse<String> refused = browser.submit(
                BROMLEY + "/figures", Map.of("metric", "NEL", "kind", "actual", "period", "2019-13", "value", "5"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("There is a problem")
                .contains("href=\"#period\"")
                .contains("govuk-form-group--error")
                .contains("the month must be 01 to 12");
        assertThat(services.eventCount()).isEqualTo(events);
    }

    @Test
    void lettersInANumberAreRefusedOnTheFormInAFormsWordsNotTheApis() {
        PageBrowser browser = signedIn(ANALYST);
        browser.open(BROMLEY + "/figures/new?metric=NEL&kind=actual");
        long events = services.eventCount();

        HttpResponse<String> refused = browser.submit(
                BROMLEY + "/figures", Map.of("metric", "NEL", "kind", "actual", "period", "2019-10", "value", "12a"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("href=\"#value\"")
                .contains("must be a number, for example 2,193 or 8.4")
                .doesNotContain("JSON");
        assertThat(services.eventCount()).isEqualTo(events);
    }

    @Test
    void aSecondRecordOfAPeriodIsAConflictPageWithAWayBack() {
        PageBrowser browser = signedIn(ANALYST);
        browser.open(BROMLEY + "/figures/new?metric=NEL&kind=actual");

        HttpResponse<String> conflict = browser.submit(
                BROMLEY + "/figures", Map.of("metric", "NEL", "kind", "actual", "period", "2019-04", "value", "9"));

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body())
                .contains("This has already been changed")
                .contains("already recorded")
                .contains("Go to your boards");
    }

    @Test
    void anAnalystOfAnotherBoardIsRefusedBromleyWithAPage() {
        PageBrowser browser = signedIn(BARNET_ANALYST);

        HttpResponse<String> refused = browser.open(BROMLEY + "/performance/2019-20");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("You do not have access to this");
        assertThat(browser.open("/").body())
                .as("the board picker lists only the boards the user may see")
                .contains("Barnet", "No figures yet")
                .doesNotContain("Bromley");
    }

    @Test
    void theCommandServiceTrustsARelayTokenOnlyWithTheSharedSecretAndTheUsersCurrentStamp() {
        LedgerUsers users = services.commandContext.getBean(LedgerUsers.class);
        long stamp = users.stamp(ANALYST.name()).orElseThrow();
        String body = "{\"metric\":\"NEL\",\"period\":\"2019-12\",\"value\":2400}";
        String path = "/api/boards/" + Bromley.CODE + "/actuals";

        Http.Response forged = services.command
                .anonymous()
                .send(
                        "POST",
                        path,
                        body,
                        "Authorization",
                        "Bearer "
                                + tokens("another-secret-of-at-least-32-bytes!").issue(ANALYST.name(), stamp, null));
        Http.Response outdated = services.command
                .anonymous()
                .send(
                        "POST",
                        path,
                        body,
                        "Authorization",
                        "Bearer " + tokens(RunningServices.RELAY_SECRET).issue(ANALYST.name(), stamp + 1, null));
        Http.Response relayed = services.command
                .anonymous()
                .send(
                        "POST",
                        path,
                        body,
                        "Authorization",
                        "Bearer " + tokens(RunningServices.RELAY_SECRET).issue(ANALYST.name(), stamp, null));

        assertThat(forged.status()).isEqualTo(401);
        assertThat(outdated.status())
                .as("a token from a session older than the user's last change")
                .isEqualTo(401);
        assertThat(relayed.status()).as(relayed.body()).isEqualTo(201);
    }

    @Test
    void unknownPagesAreAPageNotFoundAndTheFaviconIsServed() {
        PageBrowser browser = signedIn(ANALYST);

        HttpResponse<String> unknown = browser.open("/no-such-page");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found").doesNotContain("Whitelabel");
        assertThat(browser.open("/favicon.ico").statusCode()).isEqualTo(200);
    }

    private static RelayTokens tokens(String secret) {
        return new RelayTokens(new LedgerSecurityProperties.Relay(secret, Duration.ofSeconds(60)), Clock.systemUTC());
    }

    private static PageBrowser signedIn(TestUser user) {
        return PageBrowser.signedIn(services, user);
    }

    private static String user(TestUser user, String board) {
        return "{\"username\":\"" + user.name() + "\",\"password\":\"" + user.password()
                + "\",\"roles\":[\"ANALYST\"],\"boards\":[\"" + board + "\"]}";
    }
}
