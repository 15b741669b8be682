package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page a person reaches, in headless Chromium: it passes axe-core's WCAG 2.2 A and AA rules at 1280 and 375 px
 * and never scrolls sideways at 320, 768 or 1280 px.
 */
class PageAccessibilityIT {

    private static Browser browser;

    @BeforeAll
    static void signedInOfficer() {
        browser = Workbench.get().browser();
    }

    @AfterAll
    static void quit() {
        browser.close();
    }

    @Test
    void theSignInPage() {
        browser.open("/login");
        assertThat(browser.field("User name").getDomAttribute("autocomplete")).isEqualTo("username");
        browser.assertAccessible().assertNoSidewaysScrolling();
    }

    @Test
    void theBoardPicker() {
        browser.signIn(Workbench.OFFICER).open("/");
        assertThat(browser.text()).contains("Bromley");
        browser.assertAccessible();
    }
}
