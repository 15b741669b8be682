package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Imports at volume, on services of their own: one bad row among 500 good ones refuses the whole file and names
 * its line and column; 50,000 rows (200 boards, five years of monthly NEL and delayed-transfer plans and actuals)
 * are stored in one go, which is timed and logged as {@code IMPORT 50000 rows applied in … s}.
 */
class LargeImportIT {

    private static final Logger LOG = LoggerFactory.getLogger(LargeImportIT.class);
    private static final Duration LONG_REQUEST = Duration.ofMinutes(3);

    private static RunningServices services;

    @BeforeAll
    static void start() {
        services = RunningServices.startFresh();
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void oneBadRowAmong500GoodOnesStoresNothingAndNamesItsLineAndColumn() {
        List<String> boards = GeneratedFigures.boards(200_000, 2);
        register(boards);
        List<String> rows = new ArrayList<>(GeneratedFigures.rows(boards));
        rows.add(300, boards.get(0) + ",REABLEMENT_91,2019-20-Q1,actual,75/74,,,,,,");
        long before = services.eventCount();

        Http.Response refused = services.command.postCsv("/api/imports", GeneratedFigures.file(rows), LONG_REQUEST);

        JsonNode problem = refused.json();
        assertThat(rows).hasSize(501);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(problem.get("totals").get("errors").asInt()).isOne();
        assertThat(problem.get("totals").get("new").asInt()).isEqualTo(500);
        JsonNode bad = problem.get("rows").get(300);
        assertThat(bad.get("outcome").asString()).isEqualTo("error");
        assertThat(bad.get("line").asInt()).isEqualTo(302);
        assertThat(bad.get("column").asString()).isEqualTo("value");
        assertThat(bad.get("reason").asString()).contains("must not exceed the denominator");
        assertThat(services.eventCount()).isEqualTo(before);
    }

    @Test
    void fiftyThousandRowsAreStoredInOneImport() {
        List<String> boards = GeneratedFigures.boards(100_000, 200);
        register(boards);
        String file = GeneratedFigures.file(GeneratedFigures.rows(boards));
        long before = services.eventCount();

        long started = System.nanoTime();
        Http.Response applied = services.command.postCsv("/api/imports", file, LONG_REQUEST);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(applied.status())
                .as(applied.body().substring(0, Math.min(2_000, applied.body().length())))
                .isEqualTo(200);
        LOG.info(
                "IMPORT {} rows applied in {} s",
                applied.json().get("totals").get("rows").asInt(),
                "%.1f".formatted(seconds));
        assertThat(applied.json().get("totals").get("new").asInt()).isEqualTo(50_000);
        assertThat(services.eventCount() - before).isEqualTo(50_000);
    }

    private static void register(List<String> boards) {
        for (String board : boards) {
            Http.Response registered = services.command.send(
                    "POST", "/api/boards", "{\"code\":\"" + board + "\",\"name\":\"Board " + board + "\"}");
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        }
    }
}
