package uk.bcf.ledger.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a browser test fails, keeps what the browser showed: a screenshot and the page's HTML under
 * {@code target/browser-evidence/}, named after the test, so that a failure in CI can be looked at.
 */
final class BrowserEvidence implements AfterTestExecutionCallback {

    private static final Path FOLDER = Path.of("target", "browser-evidence");

    private final Supplier<Browser> browser;

    BrowserEvidence(Supplier<Browser> browser) {
        this.browser = browser;
    }

    /** Runs after the test and before its {@code @AfterEach} methods, while the browser still shows the page. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser shown = browser.get();
        if (shown == null || context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "."
                + context.getDisplayName().replaceAll("[^A-Za-z0-9._-]", "");
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".png"), shown.screenshot());
            Files.writeString(FOLDER.resolve(name + ".html"), shown.driver().getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
