package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Both services' Prometheus scrape output passes {@code promtool check metrics} and carries the meters operators
 * need: Axon's processor meters, the projection lag and health of the query side, the command counters. Only the
 * health is open to anonymous callers; a scrape needs the {@code MONITOR} (or {@code ADMIN}) role.
 */
class MetricsScrapeIT {

    private final RunningServices services = Bromley.loaded();

    @Test
    void theCommandServiceScrapePassesPromtool() throws Exception {
        String scrape = scrape(services.command);

        assertThat(promtool(scrape)).isEmpty();
        assertThat(scrape).contains("bcf_commands_total{command=\"RecordActualCommand\",outcome=\"accepted\"}");
    }

    @Test
    void theQueryServiceScrapePassesPromtool() throws Exception {
        String scrape = scrape(services.query);

        assertThat(promtool(scrape)).isEmpty();
        assertThat(scrape)
                .contains("bcf_projection_lag_events{processor=\"performance-projection\"}")
                .contains("bcf_projection_dead_letters{processor=\"performance-projection\"}")
                .contains("bcf_projection_replay_progress{processor=\"performance-projection\"}")
                .contains("bcf_projection_segments_claimed{processor=\"performance-projection\"}")
                .containsPattern("(?m)^event_processor_[a-z_]+\\{[^}]*processor_name=\"performance-projection\"");
    }

    @Test
    void anonymousCallersGetTheHealthButNoMetrics() {
        for (Http service : List.of(services.command, services.query)) {
            assertThat(service.anonymous()
                            .get("/actuator/health", "application/json")
                            .status())
                    .isEqualTo(200);
            Http.Response scrape = service.anonymous().get("/actuator/prometheus", "text/plain");
            assertThat(scrape.status()).isEqualTo(401);
            assertThat(scrape.body()).doesNotContain("bcf_");
        }
    }

    /** The scrape as an operator with the {@code MONITOR} role would take it. */
    private static String scrape(Http service) {
        Http.Response response = service.as(TestUser.OPERATOR).get("/actuator/prometheus", "text/plain");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** What promtool finds wrong with the exposition, empty when it passes; fails if promtool does not run. */
    private static String promtool(String scrape) throws IOException, InterruptedException {
        Process promtool = new ProcessBuilder("promtool", "check", "metrics")
                .redirectErrorStream(true)
                .start();
        promtool.getOutputStream().write(scrape.getBytes(StandardCharsets.UTF_8));
        promtool.getOutputStream().close();
        String findings = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(promtool.waitFor(30, TimeUnit.SECONDS))
                .as("promtool finished")
                .isTrue();
        assertThat(promtool.exitValue()).as(findings).isZero();
        return findings;
    }
}
