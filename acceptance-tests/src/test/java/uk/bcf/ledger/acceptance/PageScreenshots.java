package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Renders every page of the workbench, as the person who uses it, at 1280 and 375 px (the whole page, not only what
 * fits the window) into {@code var/screenshots/pages/} for people to review, with the board paper beside them.
 * Not a test of its own: {@code scripts/screenshots.sh} runs it ({@code -Dit.test=PageScreenshots}); failsafe's
 * default includes leave it out of {@code verify}. It uses the browser tests' services, so it changes no one's data.
 */
class PageScreenshots {

    private static final Path FOLDER = Path.of(System.getProperty("bcf.screenshots", "../var/screenshots/pages"))
            .toAbsolutePath();
    private static final String BROMLEY = "/boards/" + Bromley.CODE;
    private static final String AS_PRESENTED = "?moment=sign-off&signOff=2019-20-Q2";

    @Test
    void everyPageAtEveryWidth() throws IOException {
        Files.createDirectories(FOLDER);
        try (Browser browser = Workbench.get().browser()) {
            save(browser.open("/login"), "01-sign-in");
            browser.signIn(Workbench.ANALYST);
            Map<String, String> analystPages = new java.util.LinkedHashMap<>();
            analystPages.put("02-board-picker", "/");
            analystPages.put("03-overview", BROMLEY + "/performance/2019-20");
            analystPages.put("04-record-a-figure", BROMLEY + "/figures/new");
            analystPages.put("05-record-an-actual", BROMLEY + "/figures/new?metric=NEL&kind=actual");
            analystPages.put("06-record-a-rate", BROMLEY + "/figures/new?metric=RES_ADM_65&kind=actual");
            analystPages.put("07-record-a-ratio-plan", BROMLEY + "/figures/new?metric=REABLEMENT_91&kind=plan");
            analystPages.put("08-correct-an-actual", BROMLEY + "/figures/actual/NEL/2019-08/correct");
            analystPages.put("09-withdraw-an-actual", BROMLEY + "/figures/actual/NEL/2019-08/withdraw");
            analystPages.put("10-commentary", BROMLEY + "/figures/commentary?metric=NEL");
            analystPages.put("11-history", BROMLEY + "/history/actual/NEL/2019-08");
            analystPages.put("12-upload", BROMLEY + "/imports");
            analystPages.put("13-report-now", BROMLEY + "/reports/2019-20/Q2");
            analystPages.put("14-report-as-presented", BROMLEY + "/reports/2019-20/Q2" + AS_PRESENTED);
            analystPages.put("15-restatements", BROMLEY + "/restatements?signOff=2019-20-Q2");
            analystPages.put("16-sign-off", BROMLEY + "/sign-offs/new");
            analystPages.put("17-not-found", "/no-such-page");
            for (Map.Entry<String, String> page : analystPages.entrySet()) {
                save(browser.open(page.getValue()), page.getKey());
            }
            browser.open(BROMLEY + "/imports");
            browser.field("CSV file")
                    .sendKeys(Path.of("..", "demo", "bromley-2019-20-import.csv")
                            .toAbsolutePath()
                            .normalize()
                            .toString());
            browser.press("Preview the changes");
            save(browser, "18-upload-preview");
            Browser.Download paper = browser.open(BROMLEY + "/reports/2019-20/Q2" + AS_PRESENTED)
                    .download("Download the Q2 2019-20 report as presented at the Q2 2019-20 sign-off (PDF)");
            Files.write(FOLDER.resolve("19-board-paper.pdf"), paper.body());
            signedInAgain(browser, Workbench.ADMINISTRATOR);
            save(browser.open("/"), "20-administrator-boards");
            save(browser.open(BROMLEY + "/populations/new"), "21-population");
            save(browser.open("/admin/users"), "22-users");
            save(browser.open("/admin/users/" + Workbench.ANALYST.name()), "22-user");
            signedInAgain(browser, Workbench.AUDITOR);
            save(browser.open("/admin/audit"), "23-audit-trail");
            save(browser.open("/account/password"), "23-change-password");
            signedInAgain(browser, Workbench.BARNET_ANALYST);
            save(browser.open("/"), "24-barnet-board-picker");
            save(browser.open(BROMLEY + "/performance/2019-20"), "25-barnet-refused-bromley");
        }
    }

    private static void signedInAgain(Browser browser, TestUser user) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(user);
    }

    /** The whole page at each width, as {@code <name>-<width>.png}. */
    private static void save(Browser browser, String name) throws IOException {
        for (int width : new int[] {1280, 375}) {
            browser.width(width);
            long height = (Long) browser.driver().executeScript("return document.documentElement.scrollHeight");
            browser.driver()
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of(
                                    "width",
                                    width,
                                    "height",
                                    (int) Math.min(height, 12_000),
                                    "deviceScaleFactor",
                                    1,
                                    "mobile",
                                    // not "mobile": Chromium's mobile emulation of a viewport thousands of pixels
                                    // tall left wide tables' scroll regions blank in the capture (not in use)
                                    false));
            byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
            assertThat(png).isNotEmpty();
            Files.write(FOLDER.resolve(name + "-" + width + ".png"), png);
        }
        browser.width(1280);
    }
}
