package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 14's journeys, as the people of a Health and Wellbeing Board take them in headless Chromium, one after the
 * other on the same figures: the analyst imports the demo file, posts September's admissions and corrects August;
 * the officer takes Q2 as presented at the sign-off of 21 November 2019 to the board as a PDF; the auditor traces
 * August's correction; Barnet's analyst cannot see Bromley. Every page on the way passes axe-core at 1280 and 375 px
 * and does not scroll sideways at 320, 768 or 1280 px.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysIT {

    private static final String OVERVIEW = "Bromley 2019-20 overview";

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
    @Order(1)
    void theAnalystUploadsTheDemoFileSeesThePreviewAndAppliesIt() {
        browser = signedIn(Workbench.ANALYST);
        browser.follow("Upload a CSV file for Bromley");
        assertThat(browser.heading()).isEqualTo("Upload a CSV file");
        checked(browser);
        browser.field("CSV file")
                .sendKeys(Path.of("..", "demo", "bromley-2019-20-import.csv")
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        browser.press("Preview the changes");

        assertThat(browser.heading()).isEqualTo("Check the changes before you apply them");
        assertThat(browser.text())
                .contains("What each row of the file does", "NEL actual August 2019")
                .contains("16 rows: ", " 0 with errors");
        checked(browser);
        browser.press("Apply the changes");

        assertThat(browser.heading()).isEqualTo("The file has been applied");
        checked(browser);
    }

    @Test
    @Order(2)
    void theAnalystPostsSeptembersAdmissionsAndSeesQ2BecomeCompleteAndOffTrack() {
        browser = signedIn(Workbench.ANALYST);
        browser.follow(OVERVIEW);
        assertThat(nelInQ2()).isEqualTo("incomplete");

        browser.open("/").follow("Record a figure for Bromley");
        assertThat(browser.heading()).isEqualTo("Record a figure");
        checked(browser);
        new Select(browser.field("Metric")).selectByValue("NEL");
        browser.press("Continue");
        browser.fillIn("Period", "2019-09").fillIn("Value (admissions)", "2231");
        checked(browser);
        browser.press("Record the actual");

        assertThat(browser.heading()).isEqualTo("History of the September 2019 actual");
        assertThat(browser.text()).contains("2,231", Workbench.ANALYST.name());
        checked(browser);
        browser.open("/").follow(OVERVIEW);
        assertThat(nelInQ2()).isEqualTo("off track");
        checked(browser);
    }

    @Test
    @Order(3)
    void theAnalystCorrectsAugustGivingAReason() {
        browser = signedIn(Workbench.ANALYST);
        browser.follow(OVERVIEW).follow("History of the August 2019 actual").follow("Correct this actual");
        assertThat(browser.heading()).isEqualTo("Correct the actual");
        browser.fillIn("Value (admissions)", "2201").press("Save the correction");

        assertThat(browser.text()).contains("There is a problem");
        assertThat(browser.driver().findElements(By.xpath("//div[@role='alert']//a[@href='#reason']")))
                .as("the error summary links to the reason")
                .hasSize(1);
        checked(browser);
        browser.fillIn("Reason for the change", "SUS resubmission").press("Save the correction");

        assertThat(browser.heading()).isEqualTo("History of the August 2019 actual");
        assertThat(browser.text()).contains("Version 2: corrected", "2,201", "SUS resubmission");
        checked(browser);
    }

    @Test
    @Order(4)
    void theOfficerOpensQ2AsPresentedAtTheSignOffAndDownloadsItsPdf() throws IOException {
        browser = signedIn(Workbench.OFFICER);
        browser.follow(OVERVIEW).follow("Q2 2019-20 report");
        checked(browser);
        browser.field("As presented at a sign-off").click();
        new Select(browser.field("Sign-off")).selectByValue("2019-20-Q2");
        browser.press("Show the report");

        assertThat(browser.text()).contains("21 November 2019", "Published in Nov 19", "2,193");
        checked(browser);
        Browser.Download pdf =
                browser.download("Download the Q2 2019-20 report as presented at the Q2 2019-20 sign-off (PDF)");
        assertThat(pdf.status()).as(pdf.href()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper reader = new PDFTextStripper();
            reader.setSortByPosition(true);
            String text = reader.getText(document);
            assertThat(text)
                    .as(pdf.href())
                    .contains("Page 1 of " + document.getNumberOfPages(), "21 November 2019", "98.6%", "(73/74)")
                    .contains("Published in Nov 19", "2,193");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    @Order(5)
    void theAuditorOpensAugustsHistoryAndTheRestatementsSinceTheSignOff() {
        browser = signedIn(Workbench.AUDITOR);
        browser.follow(OVERVIEW).follow("History of the August 2019 actual");
        assertThat(browser.text())
                .contains("Version 2: corrected", "Restated after sign-off", "SUS resubmission")
                .contains(Workbench.ANALYST.name(), "2,193", "2,201");
        checked(browser);

        browser.open("/").follow("Restatements for Bromley");
        assertThat(browser.heading()).isEqualTo("Restatements since a sign-off");
        new Select(browser.field("Since the sign-off of")).selectByValue("2019-20-Q2");
        browser.press("Show restatements");
        assertThat(browser.text()).contains("SUS resubmission", Workbench.ANALYST.name());
        browser.link("NEL actual August 2019");
        checked(browser);
    }

    @Test
    @Order(6)
    void aBarnetAnalystIsRefusedBromleyWithAPageSayingSo() {
        browser = signedIn(Workbench.BARNET_ANALYST);
        assertThat(browser.text()).doesNotContain("Bromley");
        checked(browser);

        browser.open("/boards/E09000006/performance/2019-20");
        assertThat(browser.title()).doesNotContain("Whitelabel");
        assertThat(browser.text()).doesNotContain("2,134", "\"type\"");
        assertThat(browser.link("Go to your boards").getDomAttribute("href")).isEqualTo("/");
        checked(browser);
    }

    private static Browser signedIn(uk.bcf.ledger.testsupport.TestUser user) {
        Browser browser = Workbench.get().browser();
        browser.signIn(user);
        assertThat(browser.heading()).isEqualTo("Your boards");
        return browser;
    }

    /** The status of non-elective admissions in Q2, as the overview's status table shows it. */
    private String nelInQ2() {
        WebElement table = browser.driver()
                .findElement(By.xpath("//table[caption[starts-with(normalize-space(.), \"Each metric's status\")]]"));
        List<String> headings = table.findElements(By.xpath(".//thead//th")).stream()
                .map(WebElement::getText)
                .toList();
        WebElement row = table.findElement(By.xpath(".//tbody/tr[th[contains(., 'Non-elective')]]"));
        List<WebElement> cells = row.findElements(By.xpath("./th|./td"));
        int q2 = headings.indexOf(headings.stream()
                .filter(heading -> heading.startsWith("Q2"))
                .findFirst()
                .orElseThrow());
        return cells.get(q2).getText().strip();
    }

    private static void checked(Browser browser) {
        browser.assertAccessible().assertNoSidewaysScrolling();
    }
}
