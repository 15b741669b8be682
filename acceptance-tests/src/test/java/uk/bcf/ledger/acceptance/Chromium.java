package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both given by path so that Selenium never looks
 * for (or downloads) a browser or driver of its own. A missing browser fails the test that needs it: the browser
 * tests are never skipped. Each browser gets a fresh profile, deleted when it quits.
 */
final class Chromium {

    /** Where Debian's {@code chromium} package puts the browser; {@code -Dbcf.chromium=…} for another. */
    static final Path BROWSER = Path.of(System.getProperty("bcf.chromium", "/usr/bin/chromium"));

    /** Where Debian's {@code chromium-driver} package puts the driver; {@code -Dbcf.chromedriver=…} for another. */
    static final Path DRIVER = Path.of(System.getProperty("bcf.chromedriver", "/usr/bin/chromedriver"));

    private static final Duration PAGE_LOAD = Duration.ofSeconds(60);

    /** Chromium's profile preference for whether pages may run JavaScript. */
    private static final String JAVASCRIPT_SETTING = "profile.managed_default_content_settings.javascript";

    /** The value of a content setting that blocks it (1 allows). */
    private static final int BLOCK = 2;

    private Chromium() {}

    /** A new headless browser with a fresh profile; {@link ChromeDriver#quit()} ends it and deletes the profile. */
    static ChromeDriver start() {
        return start(true);
    }

    /**
     * A new headless browser as {@link #start()}, with the pages' JavaScript turned off when {@code javaScript} is
     * false: Chromium's content setting for JavaScript set to "block" for every site (the profile preference
     * {@value #JAVASCRIPT_SETTING}), as a person who turned it off in the browser's settings has it. The driver's own
     * commands still work; no script of a page runs.
     */
    static ChromeDriver start(boolean javaScript) {
        assertThat(BROWSER)
                .as("Chromium (Debian package chromium; scripts/test.sh installs it)")
                .isExecutable();
        assertThat(DRIVER)
                .as("chromedriver (Debian package chromium-driver; scripts/test.sh installs it)")
                .isExecutable();
        Path profile = freshProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-GB",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of(JAVASCRIPT_SETTING, BLOCK));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    delete(profile);
                }
            }
        };
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(PAGE_LOAD);
        return driver;
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("bcf-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
