package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The pages the journeys ({@link BrowserJourneysIT}) do not pass through, in headless Chromium, each as the person
 * who uses it: it has one {@code <h1>}, passes axe-core's WCAG 2.2 A and AA rules at 1280 and 375 px and never
 * scrolls sideways at 320, 768 or 1280 px.
 */
class PageAccessibilityIT {

    private static Browser browser;
    private static TestUser signedIn;

    @RegisterExtension
    static final BrowserEvidence EVIDENCE = new BrowserEvidence(() -> browser);

    @BeforeAll
    static void browser() {
        browser = Workbench.get().browser();
    }

    @AfterAll
    static void quit() {
        browser.close();
    }

    @Test
    void theSignInPage() {
        browser.driver().manage().deleteAllCookies();
        signedIn = null;
        browser.open("/login");
        assertThat(browser.field("User name").getDomAttribute("autocomplete")).isEqualTo("username");
        browser.assertAccessible().assertNoSidewaysScrolling();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ANALYST        | /boards/E09000006/figures/new?metric=NEL&kind=actual           | Record a figure
            ANALYST        | /boards/E09000006/figures/new?metric=DTOC&kind=plan            | Record a figure
            ANALYST        | /boards/E09000006/figures/new?metric=RES_ADM_65&kind=actual    | Record a figure
            ANALYST        | /boards/E09000006/figures/new?metric=REABLEMENT_91&kind=plan   | Record a figure
            ANALYST        | /boards/E09000006/figures/actual/NEL/2019-07/withdraw          | Withdraw the actual
            ANALYST        | /boards/E09000006/figures/commentary                          | Write commentary
            ANALYST        | /boards/E09000006/sign-offs/new                               | Record a sign-off
            ANALYST        | /boards/E09000006/history/plan/NEL/2019-20-Q2                  | History of the Q2 2019-20 plan
            ANALYST        | /boards/E09000006/reports/2019-20/Q2?moment=date&date=2019-02-30 | Better Care Fund 2019-20: Quarter 1 and Quarter 2 performance report
            ANALYST        | /no-such-page                                                 | Page not found
            ANALYST        | /account/password                                             | Change your password
            ADMINISTRATOR  | /                                                             | Your boards
            ADMINISTRATOR  | /boards/E09000006/populations/new                             | Record a population
            ADMINISTRATOR  | /admin/users                                                  | Users
            ADMINISTRATOR  | /admin/users/bromley-analyst                                  | Manage bromley-analyst
            ADMINISTRATOR  | /admin/metrics?year=2019-20                                   | Metrics
            AUDITOR        | /admin/audit                                                  | Access audit trail
            BARNET_ANALYST | /                                                             | Your boards
            """)
    void thePage(String user, String path, String heading) {
        signInAs(user);
        browser.open(path);
        assertThat(browser.heading()).isEqualTo(heading);
        browser.assertAccessible().assertNoSidewaysScrolling();
    }

    private static void signInAs(String user) {
        TestUser wanted = switch (user) {
            case "ANALYST" -> Workbench.ANALYST;
            case "ADMINISTRATOR" -> Workbench.ADMINISTRATOR;
            case "AUDITOR" -> Workbench.AUDITOR;
            case "BARNET_ANALYST" -> Workbench.BARNET_ANALYST;
            default -> throw new IllegalArgumentException(user);
        };
        if (!wanted.equals(signedIn)) {
            browser.driver().manage().deleteAllCookies();
            browser.signIn(wanted);
            signedIn = wanted;
        }
    }
}
