package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A person at a browser, finding things as a person (or a screen reader) does: by the text of links and buttons, by
 * the labels of fields and by headings, never by CSS structure, so that a test that passes also says the page names
 * its controls. Pages are checked with axe-core and for sideways scrolling at the widths people use.
 */
final class Browser implements AutoCloseable {

    /** The widths a page must fit without sideways scrolling: a small phone, a tablet, a laptop. */
    static final List<Integer> WIDTHS = List.of(320, 768, 1280);

    /** The widths a page is checked with axe at: a laptop and a common phone. */
    static final List<Integer> AXE_WIDTHS = List.of(1280, 375);

    private static final Duration NAVIGATION = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final String base;

    Browser(String base) {
        this(base, true);
    }

    /** A browser whose pages run JavaScript, or none when {@code javaScript} is false. */
    Browser(String base, boolean javaScript) {
        this.driver = Chromium.start(javaScript);
        this.base = base;
        width(1280);
    }

    /** Opens a path of the service, e.g. {@code /}. */
    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the login page. */
    Browser signIn(TestUser user) {
        open("/login");
        fillIn("User name", user.name());
        fillIn("Password", user.password());
        press("Sign in");
        return this;
    }

    /** Follows the link whose accessible text is exactly {@code name}, and waits for the page it leads to. */
    Browser follow(String name) {
        navigating(link(name)::click);
        return this;
    }

    /** The link whose accessible text is exactly {@code name}; fails if there is none or several. */
    WebElement link(String name) {
        return only(
                "link named '" + name + "'",
                By.xpath("//a[normalize-space(.)=" + literal(name) + " or @aria-label=" + literal(name) + "]"));
    }

    /** Presses the button whose text is exactly {@code name} (every button submits its form), and waits for the answer. */
    Browser press(String name) {
        WebElement button = only(
                "button named '" + name + "'",
                By.xpath("//button[normalize-space(.)=" + literal(name) + "]|//input[(@type='submit' or"
                        + " @type='button') and @value=" + literal(name) + "]"));
        navigating(button::click);
        return this;
    }

    /** Does what leads to another page, then waits until the page it left is gone (a click does not wait for it). */
    private void navigating(Runnable action) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, NAVIGATION).until(ExpectedConditions.stalenessOf(leaving));
    }

    /** Types into the field labelled {@code label}, replacing what it held. */
    Browser fillIn(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** The form control whose {@code <label>} reads {@code label} (the label's own text, hints aside). */
    WebElement field(String label) {
        WebElement labelElement = only(
                "label '" + label + "'",
                By.xpath("//label[normalize-space(.)=" + literal(label) + " or normalize-space(text())="
                        + literal(label) + "]"));
        String id = labelElement.getDomAttribute("for");
        assertThat(id).as("label '%s' names its field (for=…)", label).isNotBlank();
        return driver.findElement(By.id(id));
    }

    /** The page's one {@code <h1>}, as read. */
    String heading() {
        return only("the page's one h1", By.tagName("h1")).getText();
    }

    /** The whole text the page shows, for assertions on what a person reads. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** The viewport set to {@code pixels} wide (as a device of that width shows the page), and the page reloaded. */
    Browser width(int pixels) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", 900, "deviceScaleFactor", 1, "mobile", pixels < 600));
        return this;
    }

    /** Fails unless the page passes axe-core at each of {@link #AXE_WIDTHS}. */
    Browser assertAccessible() {
        for (int pixels : AXE_WIDTHS) {
            width(pixels);
            Axe.assertNoViolations(driver, path() + " at " + pixels + " px");
        }
        width(1280);
        return this;
    }

    /** Fails if the page scrolls sideways at any of {@link #WIDTHS} (a wide table may scroll in its own region). */
    Browser assertNoSidewaysScrolling() {
        for (int pixels : WIDTHS) {
            width(pixels);
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue())
                    .as("%s scrolls sideways at %d px by", path(), pixels)
                    .isLessThanOrEqualTo(0);
        }
        width(1280);
        return this;
    }

    /**
     * Fetches what a link points to with the browser's own session (as a download would), answering the body's bytes
     * and its content type.
     */
    Download download(String linkName) {
        String href = link(linkName).getDomProperty("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => {
                    let s = ''; const bytes = new Uint8Array(b);
                    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                    done({status: r.status, type: r.headers.get('Content-Type') || '', body: btoa(s)});
                  }))
                  .catch(e => done({status: 0, type: '', body: '', error: String(e)}));
                """, href);
        return new Download(
                href,
                ((Number) answer.get("status")).intValue(),
                (String) answer.get("type"),
                Base64.getDecoder().decode((String) answer.get("body")));
    }

    /** What a download brought: its address, status, content type and bytes. */
    record Download(String href, int status, String contentType, byte[] body) {}

    /** Saves what the page shows, full height, as a PNG. */
    byte[] screenshot() {
        return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private WebElement only(String what, By by) {
        List<WebElement> found = driver.findElements(by);
        assertThat(found).as("%s on %s", what, path()).hasSize(1);
        return found.get(0);
    }

    /** An XPath string literal for any text, quotes included. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
