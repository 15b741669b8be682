package uk.bcf.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.population;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.withdrawn;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Reads as of instants before, at, between and after the versions of one actual: a version is valid from the
 * instant it was stored (inclusive) to the instant the next was stored (exclusive), and a withdrawn actual is not
 * there at all while its withdrawal is the valid version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfReadsIT extends QueryServiceTestDatabase {

    private static final String BOARD = "ASOF0001";
    private static final FinancialYear FY = FinancialYear.of("2019-20");

    @Autowired
    ApplicationContext context;

    @Autowired
    FigureVersionRepository figures;

    @Autowired
    PopulationVersionRepository populations;

    @Autowired
    BoardRepository boards;

    @BeforeAll
    void history() {
        ProjectionDriver projection = new ProjectionDriver(context);
        projection.deliver("2019-05-01T10:00:00Z", registered(BOARD, "As of"));
        projection.deliver("2019-05-01T10:00:00Z", population(BOARD, 1, 1000, "SNPP 2016"));
        projection.deliver("2019-06-01T10:00:00Z", recorded(BOARD, "NEL", "2019-04", 1, 10));
        projection.deliver("2019-07-01T10:00:00Z", corrected(BOARD, "NEL", "2019-04", 2, 12, "late data"));
        projection.deliver("2019-08-01T10:00:00Z", withdrawn(BOARD, "NEL", "2019-04", 3, "disputed"));
        projection.deliver("2019-09-01T10:00:00Z", recorded(BOARD, "NEL", "2019-04", 4, 15));
        projection.deliver("2019-09-01T10:00:00Z", population(BOARD, 2, 1100, "SNPP 2018"));
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
        "2019-06-01T09:59:59.999999Z, ''",
        "2019-06-01T10:00:00Z, 10",
        "2019-06-20T00:00:00Z, 10",
        "2019-07-01T09:59:59.999999Z, 10",
        "2019-07-01T10:00:00Z, 12",
        "2019-08-01T10:00:00Z, ''",
        "2019-08-31T00:00:00Z, ''",
        "2019-09-01T10:00:00Z, 15",
        "2030-01-01T00:00:00Z, 15"
    })
    void theActualValidAtAnInstant(String instant, String expected) {
        assertThat(actualValues(AsOf.at(Instant.parse(instant))))
                .isEqualTo(expected.isEmpty() ? List.of() : List.of(Long.valueOf(expected)));
    }

    @Test
    void nowIsTheLatestVersion() {
        assertThat(actualValues(AsOf.now())).containsExactly(15L);
    }

    @Test
    void thePopulationValidAtAnInstant() {
        assertThat(populations
                        .asOf(BOARD, AsOf.at(Instant.parse("2019-04-30T00:00:00Z")))
                        .count(2019, "65+"))
                .isEmpty();
        assertThat(populations
                        .asOf(BOARD, AsOf.at(Instant.parse("2019-06-01T00:00:00Z")))
                        .count(2019, "65+"))
                .isEqualTo(OptionalLong.of(1000));
        assertThat(populations.asOf(BOARD, AsOf.now()).count(2019, "65+")).isEqualTo(OptionalLong.of(1100));
    }

    @Test
    void aBoardExistsFromItsRegistrationOn() {
        assertThat(boards.find(BOARD, AsOf.at(Instant.parse("2019-05-01T09:59:59Z"))))
                .isEmpty();
        assertThat(boards.find(BOARD, AsOf.at(Instant.parse("2019-05-01T10:00:00Z"))))
                .isPresent();
        assertThat(boards.find(BOARD)).isPresent();
    }

    @Test
    void theHistoryAsOfAnInstantHoldsTheVersionsStoredByThen() {
        assertThat(figures.historyOf(
                        BOARD,
                        FigureKind.ACTUAL,
                        "NEL",
                        FY.months().get(0),
                        AsOf.at(Instant.parse("2019-07-15T00:00:00Z"))))
                .extracting(FigureVersionRow::version)
                .containsExactly(1, 2);
        assertThat(figures.historyOf(
                        BOARD, FigureKind.ACTUAL, "NEL", FY.months().get(0), AsOf.now()))
                .extracting(FigureVersionRow::version)
                .containsExactly(1, 2, 3, 4);
    }

    private List<Long> actualValues(AsOf asOf) {
        return figures.figuresOf(BOARD, FigureKind.ACTUAL, FY, asOf).stream()
                .map(figure -> figure.measurement().value().longValueExact())
                .toList();
    }
}
