package uk.bcf.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Signing in and out with the login page, as a browser does: the form carries a CSRF token, and a sign-in or
 * sign-out without it, or sent from another site, is refused. No session exists before signing in, every cookie is
 * {@code SameSite=Lax}, and a session ends at the next request once its user is disabled or loses its boards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSignInIT extends QueryServiceTestDatabase {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    LedgerUsers users;

    @BeforeAll
    void boardsAndReaders() {
        TwoBoards.deliver(new ProjectionDriver(context));
        Readers.create(users);
    }

    @Test
    void theLoginPageHasAFormWithAHiddenCsrfToken() {
        Document login = Jsoup.parse(new Browser(port).open("/login").body());

        assertThat(login.select("form[method=post][action=/login] input[type=hidden][name=_csrf]")
                        .attr("value"))
                .isNotBlank();
        assertThat(login.select("input[name=username]")).hasSize(1);
        assertThat(login.select("input[name=password][type=password]")).hasSize(1);
    }

    @Test
    void signingInWithTheTokenLeadsToTheBoardsInScopeInANewSession() {
        Browser browser = new Browser(port);
        String token = csrfToken(browser, "/login");
        assertThat(browser.session()).as("no session before signing in").isEmpty();

        HttpResponse<String> signIn = browser.submit("/login", credentials(Readers.BROMLEY_VIEWER, token));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(QueryClient.header(signIn, "Location")).isEqualTo("/");
        assertThat(browser.session()).isPresent();
        HttpResponse<String> index = browser.open("/");
        assertThat(index.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(index.body());
        assertThat(page.select("tbody th").eachText()).containsExactly("Bromley");
        assertThat(page.text()).contains("Signed in as " + Readers.BROMLEY_VIEWER.name());
    }

    @Test
    void aWrongPasswordIsSentBackToTheLoginPage() {
        Browser browser = new Browser(port);
        String token = csrfToken(browser, "/login");

        TestUser wrongPassword = new TestUser(Readers.BROMLEY_VIEWER.name(), "wrong-password-1");

        HttpResponse<String> signIn = browser.submit("/login", credentials(wrongPassword, token));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(QueryClient.header(signIn, "Location")).endsWith("/login?error");
        assertThat(browser.open("/").statusCode()).isEqualTo(302);
    }

    @Test
    void signingInWithoutTheTokenIsRefused() {
        Browser browser = new Browser(port);
        csrfToken(browser, "/login");

        HttpResponse<String> withoutToken = browser.submit("/login", credentials(Readers.BROMLEY_VIEWER, null));
        HttpResponse<String> forgedToken =
                browser.submit("/login", credentials(Readers.BROMLEY_VIEWER, "forged-token"));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(forgedToken.statusCode()).isEqualTo(403);
        assertThat(browser.open("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aSignInFormPostedFromAnotherSiteIsRefusedEvenWithAToken() {
        Browser browser = new Browser(port);
        String token = csrfToken(browser, "/login");

        HttpResponse<String> signIn = browser.submit(
                "/login",
                credentials(Readers.BROMLEY_VIEWER, token),
                "Origin",
                "https://attacker.example",
                "Sec-Fetch-Site",
                "cross-site");

        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(browser.open("/").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutNeedsTheTokenToo() {
        Browser browser = signedIn(Readers.BROMLEY_VIEWER);

        HttpResponse<String> withoutToken = browser.submit("/logout", Map.of());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(browser.open("/").statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = browser.submit("/logout", Map.of("_csrf", csrfToken(browser, "/")));

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(QueryClient.header(signOut, "Location")).endsWith("/login?signedOut");
        assertThat(browser.open("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aSignedInBrowserIsStillHeldToItsBoards() {
        Browser browser = signedIn(Readers.BROMLEY_VIEWER);

        assertThat(browser.open("/boards/" + TwoBoards.BROMLEY + "/performance/2019-20")
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.open("/boards/" + TwoBoards.BARNET + "/performance/2019-20")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.open("/api/boards/" + TwoBoards.BARNET + "/reports/2019-20/Q2")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAnonymousVisitorGetsNoSessionOnlySameSiteCookies() {
        for (int visit = 0; visit < 20; visit++) {
            Browser browser = new Browser(port);
            HttpResponse<String> login = browser.open("/login");
            HttpResponse<String> page = browser.open("/boards/" + TwoBoards.BROMLEY + "/performance/2019-20");

            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(browser.session()).isEmpty();
            assertThat(Browser.setCookies(login))
                    .isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie)
                            .doesNotStartWith("JSESSIONID")
                            .contains("SameSite=Lax")
                            .doesNotContain("Secure"));
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        Browser browser = new Browser(port);
        HttpResponse<String> signIn =
                browser.submit("/login", credentials(Readers.BROMLEY_VIEWER, csrfToken(browser, "/login")));

        assertThat(Browser.setCookies(signIn))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax", "HttpOnly"));
    }

    @Test
    void aSessionEndsAtTheNextRequestOnceItsUserLosesItsBoards() {
        TestUser leaver = reader("session-board-leaver");
        Browser browser = signedIn(leaver);
        String page = "/boards/" + TwoBoards.BROMLEY + "/performance/2019-20";
        assertThat(browser.open(page).statusCode()).isEqualTo(200);

        users.replaceScope(leaver.name(), BoardScope.of(List.of()), Actor.system());

        assertThat(browser.open(page).statusCode()).isEqualTo(302);
        assertThat(browser.open("/api/boards/" + TwoBoards.BROMLEY + "/reports/2019-20/Q2")
                        .statusCode())
                .isIn(302, 401);
        assertThat(browser.open("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aSessionEndsAtTheNextRequestOnceItsUserIsDisabled() {
        TestUser disabled = reader("session-disabled-reader");
        Browser browser = signedIn(disabled);

        users.setEnabled(disabled.name(), false, Actor.system());

        assertThat(browser.open("/").statusCode()).isEqualTo(302);
        users.setEnabled(disabled.name(), true, Actor.system());
        assertThat(browser.open("/").statusCode())
                .as("the session is gone, not just paused")
                .isEqualTo(302);
    }

    @Test
    void throttledSignInsAreSentBackToTheLoginPageSayingSo() {
        TestUser target = reader("throttled-browser-reader");
        TestUser guessing = new TestUser(target.name(), "a wrong guess here");
        String location = "";
        for (int guess = 0; guess < 6 && !location.endsWith("?throttled"); guess++) {
            Browser browser = new Browser(port);
            location = QueryClient.header(
                    browser.submit("/login", credentials(guessing, csrfToken(browser, "/login"))), "Location");
        }

        assertThat(location).isEqualTo("/login?throttled");
        assertThat(Jsoup.parse(new Browser(port).open(location).body()).text()).contains("Too many failed sign-ins");
    }

    private TestUser reader(String name) {
        TestUser reader = TestUser.named(name);
        users.createIfAbsent(
                new NewUser(
                        reader.name(),
                        reader.password(),
                        Set.of(Role.VIEWER),
                        BoardScope.of(List.of(TwoBoards.BROMLEY))),
                "test");
        return reader;
    }

    private Browser signedIn(TestUser user) {
        Browser browser = new Browser(port);
        HttpResponse<String> signIn = browser.submit("/login", credentials(user, csrfToken(browser, "/login")));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(browser.open("/").statusCode()).isEqualTo(200);
        return browser;
    }

    private static String csrfToken(Browser browser, String page) {
        HttpResponse<String> response = browser.open(page);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body())
                .select("form[method=post] input[name=_csrf]")
                .attr("value");
    }

    private static Map<String, String> credentials(TestUser user, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user.name());
        fields.put("password", user.password());
        fields.put("_csrf", token);
        return fields;
    }
}
