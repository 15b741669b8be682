package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (Deque's accessibility engine, from npm) run inside the page a browser shows, against the WCAG 2.0, 2.1
 * and 2.2 A and AA rules. {@code scripts/fetch-axe-core.sh} (run by {@code scripts/test.sh}) puts the pinned release
 * under {@code var/tools/}; {@code -Dbcf.axe-core=…} names another copy of {@code axe.min.js}.
 */
final class Axe {

    static final String VERSION = "4.14.1";

    private static final Path SCRIPT =
            Path.of(System.getProperty("bcf.axe-core", "../var/tools/axe-core-" + VERSION + "/package/axe.min.js"));

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})
                .then(results => done(results.violations.map(v => ({
                    rule: v.id, impact: v.impact, help: v.help,
                    where: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + n.failureSummary).join('\\n    ')}))))
                .catch(error => done([{rule: 'axe-error', impact: 'critical', help: String(error), where: ''}]));
            """;

    private static String source;

    private Axe() {}

    /** Fails with every violation axe finds in the page the browser shows now, named with its rule and element. */
    static void assertNoViolations(JavascriptExecutor page, String what) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined'"))) {
            page.executeScript(source());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.executeAsyncScript(RUN);
        assertThat(violations)
                .as(() -> "axe-core " + VERSION + " violations on " + what + ":\n"
                        + violations.stream()
                                .map(v -> "  " + v.get("rule") + " (" + v.get("impact") + "): " + v.get("help")
                                        + "\n    " + v.get("where"))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static synchronized String source() {
        if (source == null) {
            assertThat(SCRIPT)
                    .as("axe-core " + VERSION
                            + " (scripts/fetch-axe-core.sh fetches it from npm; scripts/test.sh runs it)")
                    .isRegularFile();
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
