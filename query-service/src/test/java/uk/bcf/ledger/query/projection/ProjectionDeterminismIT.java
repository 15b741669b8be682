package uk.bcf.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.TestEvents.commentary;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.planRevised;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.population;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.recordedRatio;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;
import static uk.bcf.ledger.query.TestEvents.withdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * A rebuild reproduces the read model exactly: the same events with the same timestamps, projected twice with a
 * reset in between, leave every read table with the same rows, compared as a digest of each table's rows in key
 * order. (Only this test's board is digested, so a stray event of another test cannot make it flaky.)
 */
class ProjectionDeterminismIT extends QueryServiceTestDatabase {

    private static final String BOARD = "DET00001";
    private static final List<Table> TABLES = List.of(
            new Table("board", "code", "code"),
            new Table("figure_version", "board_code", "board_code, kind, metric, period, version"),
            new Table("population_version", "board_code", "board_code, year, age_band, version"),
            new Table("sign_off", "board_code", "board_code, period"),
            new Table("commentary_version", "board_code", "board_code, metric, period, version"));

    /** A read table, the column naming the board, and its primary key. */
    private record Table(String name, String boardColumn, String primaryKey) {}

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void projectingTheSameEventsTwiceWritesIdenticalRows() {
        ProjectionDriver projection = new ProjectionDriver(context);

        projection.reset();
        deliverHistory(projection);
        Map<String, String> first = digests();
        projection.reset();
        deliverHistory(projection);
        Map<String, String> second = digests();

        assertThat(first).doesNotContainValue(null).hasSize(TABLES.size());
        assertThat(second).isEqualTo(first);
    }

    private static void deliverHistory(ProjectionDriver projection) {
        Instant start = Instant.parse("2019-05-01T09:00:00.123456Z");
        List<Object> history = List.of(
                registered(BOARD, "Determinism"),
                population(BOARD, 1, 57_626, "ONS 2016-based SNPP"),
                planSet(BOARD, "NEL", "2019-20-Q1", 6589),
                planRevised(BOARD, "NEL", "2019-20-Q1", 2, Measurement.count(6600), "re-profiled"),
                recorded(BOARD, "NEL", "2019-04", 1, 2134),
                recorded(BOARD, "NEL", "2019-05", 1, 2249),
                corrected(BOARD, "NEL", "2019-05", 2, 2250, "late SUS data"),
                recordedRatio(BOARD, "REABLEMENT_91", "2019-20-Q1", 73, 74),
                withdrawn(BOARD, "REABLEMENT_91", "2019-20-Q1", 2, "cohort incomplete"),
                commentary(BOARD, "NEL", "2019-20-Q1", 1, "Within plan."),
                signedOff(BOARD, "2019-20-Q1", LocalDate.of(2019, 9, 19)),
                commentary(BOARD, "NEL", "2019-20-Q1", 2, "Within plan; no clear trend."),
                population(BOARD, 2, 57_700, "ONS 2018-based SNPP"));
        for (int event = 0; event < history.size(); event++) {
            projection.deliver(start.plusSeconds(3600L * event), history.get(event));
        }
    }

    private Map<String, String> digests() {
        Map<String, String> digests = new TreeMap<>();
        for (Table table : TABLES) {
            digests.put(
                    table.name(),
                    jdbc.sql("""
                            select md5(string_agg(t::text, '|' order by %s)) from read_model.%s t where %s = ?""".formatted(table.primaryKey(), table.name(), table.boardColumn()))
                            .param(BOARD)
                            .query(String.class)
                            .optional()
                            .orElse(null));
        }
        return digests;
    }
}
