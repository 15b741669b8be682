package uk.bcf.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.planRevised;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.population;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.recordedRatio;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;
import static uk.bcf.ledger.query.TestEvents.withdrawn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * The projection's handlers against the real read tables, called directly with fixed event timestamps. Every
 * test uses a board code that never appears in the event store, so the running tracking processor never touches
 * its rows.
 */
class PerformanceProjectionIT extends QueryServiceTestDatabase {

    private static final String NEL = "NEL";
    private static final String APRIL = "2019-04";
    private static final String T1 = "2019-05-10T09:00:00Z";
    private static final String T2 = "2019-06-10T09:00:00Z";
    private static final String T3 = "2019-07-10T09:00:00Z";
    private static final String T4 = "2019-08-10T09:00:00Z";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private ProjectionDriver projection;

    @BeforeEach
    void driver() {
        projection = new ProjectionDriver(context);
    }

    /** The columns of a figure version that tell its story. */
    record Version(
            int version,
            String change,
            BigDecimal value,
            boolean withdrawn,
            String recordedBy,
            String reason,
            Instant from,
            Instant to) {}

    @Test
    void everyChangeIsAVersionClosedWhenTheNextIsStored() {
        String board = "PPT00001";
        projection.deliver(T1, recorded(board, NEL, APRIL, 1, 10));
        projection.deliver(T2, corrected(board, NEL, APRIL, 2, 12, "late SUS data"));
        projection.deliver(T3, withdrawn(board, NEL, APRIL, 3, "disputed"));
        projection.deliver(T4, recorded(board, NEL, APRIL, 4, 15));

        assertThat(versions(board, "actual"))
                .containsExactly(
                        new Version(1, "recorded", new BigDecimal("10"), false, "recorder", null, at(T1), at(T2)),
                        new Version(
                                2,
                                "corrected",
                                new BigDecimal("12"),
                                false,
                                "corrector",
                                "late SUS data",
                                at(T2),
                                at(T3)),
                        new Version(
                                3, "withdrawn", new BigDecimal("12"), true, "withdrawer", "disputed", at(T3), at(T4)),
                        new Version(4, "recorded", new BigDecimal("15"), false, "recorder", null, at(T4), null));
        assertThat(jdbc.sql("select count(distinct event_id) from read_model.figure_version where board_code = ?")
                        .param(board)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aWithdrawalCarriesTheComponentsAndSourceOfTheFigureItWithdraws() {
        String board = "PPT00002";
        projection.deliver(T1, recordedRatio(board, "REABLEMENT_91", "2019-20-Q1", 73, 74));
        projection.deliver(T2, withdrawn(board, "REABLEMENT_91", "2019-20-Q1", 2, "cohort incomplete"));

        assertThat(jdbc.sql("""
                        select numerator, denominator, source, withdrawn from read_model.figure_version
                        where board_code = ? and version = 2""")
                        .param(board)
                        .query((row, n) -> row.getLong(1) + "/" + row.getLong(2) + " " + row.getString(3) + " "
                                + row.getBoolean(4))
                        .single())
                .isEqualTo("73/74 council true");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String board = "PPT00003";
        List<Object> history = List.of(
                registered(board, "Redelivery"),
                recorded(board, NEL, APRIL, 1, 10),
                corrected(board, NEL, APRIL, 2, 12, "fix"),
                withdrawn(board, NEL, APRIL, 3, "disputed"));
        List<String> times = List.of(T1, T2, T3, T4);
        for (int event = 0; event < history.size(); event++) {
            projection.deliver(times.get(event), history.get(event));
        }
        List<Version> delivered = versions(board, "actual");

        for (int event = 0; event < history.size(); event++) {
            projection.deliver(times.get(event), history.get(event));
            assertThat(versions(board, "actual"))
                    .as("after redelivering event %d", event + 1)
                    .isEqualTo(delivered);
        }
        assertThat(jdbc.sql("select count(*) from read_model.board where code = ?")
                        .param(board)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void versionsDeliveredOutOfOrderEndUpAsIfDeliveredInOrder() {
        projection.deliver(T1, recorded("PPT0004A", NEL, APRIL, 1, 10));
        projection.deliver(T2, corrected("PPT0004A", NEL, APRIL, 2, 20, "fix"));
        projection.deliver(T3, corrected("PPT0004A", NEL, APRIL, 3, 30, "fix again"));

        projection.deliver(T3, corrected("PPT0004B", NEL, APRIL, 3, 30, "fix again"));
        projection.deliver(T1, recorded("PPT0004B", NEL, APRIL, 1, 10));
        projection.deliver(T2, corrected("PPT0004B", NEL, APRIL, 2, 20, "fix"));

        assertThat(versions("PPT0004B", "actual"))
                .isEqualTo(versions("PPT0004A", "actual"))
                .extracting(Version::to)
                .containsExactly(at(T2), at(T3), null);
    }

    @Test
    void aPlanRevisionIsANewVersionOfThePlan() {
        String board = "PPT00005";
        projection.deliver(T1, planSet(board, NEL, "2019-20", 100));
        projection.deliver(
                T2, planRevised(board, NEL, "2019-20", 2, Measurement.perDay(new BigDecimal("0.5")), "rebased"));

        assertThat(versions(board, "plan"))
                .extracting(Version::change, Version::value, Version::to)
                .containsExactly(tuple("set", new BigDecimal("100"), at(T2)), tuple("revised", null, null));
        assertThat(jdbc.sql("select per_day from read_model.figure_version where board_code = ? and version = 2")
                        .param(board)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void populationVintagesAreVersionsClosedInOrderWhateverOrderTheyArrive() {
        String board = "PPT00006";
        projection.deliver(T2, population(board, 2, 1100, "SNPP 2018"));
        projection.deliver(T1, population(board, 1, 1000, "SNPP 2016"));
        projection.deliver(T1, population(board, 1, 1000, "SNPP 2016"));

        assertThat(jdbc.sql("""
                        select version, count, source, system_from, system_to from read_model.population_version
                        where board_code = ? order by version""")
                        .param(board)
                        .query((row, n) -> row.getInt(1) + " " + row.getLong(2) + " " + row.getString(3) + " "
                                + instant(row.getObject(4, OffsetDateTime.class)) + " "
                                + instant(row.getObject(5, OffsetDateTime.class)))
                        .list())
                .containsExactly("1 1000 SNPP 2016 " + T1 + " " + T2, "2 1100 SNPP 2018 " + T2 + " null");
    }

    @Test
    void aSignOffIsStoredOnceAtItsEventsTimestamp() {
        String board = "PPT00007";
        projection.deliver(T3, signedOff(board, "2019-20-Q1", LocalDate.of(2019, 7, 9)));
        projection.deliver(T4, signedOff(board, "2019-20-Q1", LocalDate.of(2019, 8, 1)));

        assertThat(jdbc.sql("""
                        select period, meeting_date, signed_off_by, system_from from read_model.sign_off
                        where board_code = ?""")
                        .param(board)
                        .query((row, n) -> row.getString(1) + " " + row.getObject(2, LocalDate.class) + " "
                                + row.getString(3) + " " + instant(row.getObject(4, OffsetDateTime.class)))
                        .list())
                .containsExactly("2019-20-Q1 2019-07-09 Health and Wellbeing Board " + T3);
    }

    @Test
    void aBoardIsRegisteredAtItsEventsTimestamp() {
        String board = "PPT00008";
        projection.deliver(T1, registered(board, "Registered"));

        assertThat(jdbc.sql("select registered_at from read_model.board where code = ?")
                        .param(board)
                        .query(OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(at(T1));
    }

    @Test
    void theResetHandlerEmptiesEveryTable() {
        String board = "PPT00009";
        projection.deliver(T1, registered(board, "Reset"));
        projection.deliver(T1, population(board, 1, 1000, "SNPP 2018"));
        projection.deliver(T1, planSet(board, NEL, "2019-20", 100));
        projection.deliver(T2, recorded(board, NEL, APRIL, 1, 10));
        projection.deliver(T3, signedOff(board, "2019-20-Q1", LocalDate.of(2019, 7, 9)));
        assertThat(rowCounts()).allSatisfy(count -> assertThat(count).isPositive());

        projection.reset();

        assertThat(rowCounts()).containsOnly(0L);
    }

    private List<Version> versions(String board, String kind) {
        return jdbc.sql("""
                        select version, change, value, withdrawn, recorded_by, reason, system_from, system_to
                        from read_model.figure_version where board_code = ? and kind = ? order by version""")
                .params(board, kind)
                .query((row, n) -> new Version(
                        row.getInt(1),
                        row.getString(2),
                        row.getBigDecimal(3),
                        row.getBoolean(4),
                        row.getString(5),
                        row.getString(6),
                        instant(row.getObject(7, OffsetDateTime.class)),
                        instant(row.getObject(8, OffsetDateTime.class))))
                .list();
    }

    private List<Long> rowCounts() {
        return List.of("board", "population_version", "figure_version", "sign_off").stream()
                .map(table -> jdbc.sql("select count(*) from read_model." + table)
                        .query(Long.class)
                        .single())
                .toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
