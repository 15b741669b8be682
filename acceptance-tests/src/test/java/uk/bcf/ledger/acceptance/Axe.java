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

    /**
     * Runs axe and answers its violations, less one known finding: govuk-frontend's conditional reveal sets
     * {@code aria-expanded} on a radio that reveals a field, which ARIA 1.2 does not allow on role radio. The GOV.UK
     * Design System keeps it on purpose, as screen readers announce it (alphagov/govuk-frontend#979, its documented
     * known axe issue; w3c/aria#1404 proposes allowing it). Only that is let through: rule
     * {@code aria-allowed-attr}, on a GOV.UK radio input that controls a conditional field, for {@code aria-expanded}
     * and nothing else. Any other attribute, element or rule is still a violation.
     */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const onlyGovukConditionalRadioExpanded = node => {
                const element = document.querySelector(node.target.join(' '));
                const disallowed = [...node.any, ...node.all, ...node.none]
                    .filter(check => check.id === 'aria-allowed-attr')
                    .flatMap(check => (check.data && check.data.values) || []);
                return element !== null
                    && element.matches('input[type=radio].govuk-radios__input[aria-controls]')
                    && disallowed.length > 0
                    && disallowed.every(attribute => /^aria-expanded=/.test(String(attribute)));
            };
            const withoutKnownFinding = violations => violations
                .map(v => v.id !== 'aria-allowed-attr' ? v
                    : Object.assign({}, v, {nodes: v.nodes.filter(node => !onlyGovukConditionalRadioExpanded(node))}))
                .filter(v => v.nodes.length > 0);
            axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})
                .then(results => done(withoutKnownFinding(results.violations).map(v => ({
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
