package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst whose browser runs no JavaScript (headless Chromium with JavaScript blocked for every site) does the
 * core of their work on the same pages: signs in, opens Q2's report as presented at the sign-off of 21 November 2019
 * with the moment picker (every field of it shown and usable, a day that is not a real date answered with the error
 * summary), and records a figure. The page's own script never runs: the body never gets govuk-frontend's
 * {@code js-enabled} class.
 */
class NoJavaScriptJourneyIT {

    private Browser browser;

    @RegisterExtension
    final BrowserEvidence evidence = new BrowserEvidence(() -> browser);

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAnalystSignsInOpensTheReportAsPresentedAtTheSignOffAndRecordsAFigure() {
        browser = Workbench.get().browserWithoutJavaScript();
        browser.signIn(Workbench.ANALYST);
        assertThat(browser.heading()).isEqualTo("Your boards");
        assertThat(browser.driver().findElement(By.tagName("body")).getDomAttribute("class"))
                .as("no script of the page ran")
                .doesNotContain("js-enabled");

        browser.follow("Bromley 2019-20 overview").follow("Q2 2019-20 report");
        assertThat(browser.field("Sign-off").isDisplayed())
                .as("the sign-off list is shown before its radio is chosen")
                .isTrue();
        assertThat(browser.field("Day").isDisplayed()).isTrue();

        browser.field("As known at the end of a day").click();
        browser.fillIn("Day", "2019-02-30").press("Show the report");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.link("Day must be a real date, for example 2019-11-21")
                        .getDomAttribute("href"))
                .isEqualTo("#date");

        browser.field("As presented at a sign-off").click();
        new Select(browser.field("Sign-off")).selectByVisibleText("Q2 2019-20, signed off on 21 November 2019");
        browser.press("Show the report");
        assertThat(browser.title()).doesNotStartWith("Error: ");
        assertThat(browser.text())
                .contains("Figures as presented at the Q2 2019-20 sign-off")
                .contains("21 November 2019");

        browser.open("/").follow("Record a figure for Bromley");
        new Select(browser.field("Metric")).selectByValue("NEL");
        browser.press("Continue");
        browser.fillIn("Period", "2020-03").fillIn("Value (admissions)", "2310");
        browser.press("Record the actual");

        assertThat(browser.heading()).isEqualTo("History of the March 2020 actual");
        assertThat(browser.text()).contains("2,310", Workbench.ANALYST.name());
    }
}
