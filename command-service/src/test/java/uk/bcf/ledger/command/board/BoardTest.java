package uk.bcf.ledger.command.board;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.bcf.ledger.command.rules.Refusals;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.RecordPopulationCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

class BoardTest {

    private static final String BROMLEY = "E09000006";
    private static final String ADMIN = "admin@bcf.example";
    private static final Instant NOW = Instant.parse("2019-11-20T10:00:00Z");
    private static final String SNPP_2016 = "ONS 2016-based subnational population projections";
    private static final String SNPP_2018 = "ONS 2018-based subnational population projections";

    private static final BoardRegisteredEvent BROMLEY_REGISTERED =
            new BoardRegisteredEvent(BROMLEY, "Bromley", new Provenance(ADMIN, NOW, null, null));
    private static final PopulationRecordedEvent POPULATION_2019_V1 =
            new PopulationRecordedEvent(BROMLEY, 2019, "65+", 57_626, 1, new Provenance(ADMIN, NOW, SNPP_2016, null));

    private FixtureConfiguration<Board> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Board.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static RecordPopulationCommand population(int year, String ageBand, long count, String source) {
        return new RecordPopulationCommand(BROMLEY, year, ageBand, count, source, ADMIN);
    }

    private static Matcher<Refusal> invalid(String field) {
        return Refusals.refusal(RefusalKind.INVALID, field);
    }

    @Test
    void registrationEmitsBoardRegisteredWithTheNameTrimmed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBoardCommand(BROMLEY, "  Bromley \n", ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(BROMLEY_REGISTERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X123", "e09000006", "X09000006", "E0900000", "E090000061", " E09000006"})
    void refusesARegistrationUnderSomethingOtherThanAnOnsCode(String code) {
        fixture.givenNoPriorActivity()
                .when(new RegisterBoardCommand(code, "Bromley", ADMIN))
                .expectException(Refusal.class)
                .expectException(invalid("code"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesARegistrationWithoutName(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterBoardCommand(BROMLEY, name, ADMIN))
                .expectException(Refusal.class)
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void recordsTheFirstPopulationOfAYearAndAgeBandAsVersionOne() {
        fixture.given(BROMLEY_REGISTERED)
                .when(population(2019, "65+", 57_626, "  " + SNPP_2016 + " "))
                .expectEvents(POPULATION_2019_V1)
                .expectResultMessagePayload(new FigureVersion(BROMLEY, 1, 1));
    }

    @Test
    void recordsANewerVintageOfTheSameYearAndAgeBandAsVersionTwo() {
        fixture.given(BROMLEY_REGISTERED, POPULATION_2019_V1)
                .when(population(2019, " 65+ ", 57_980, SNPP_2018))
                .expectEvents(new PopulationRecordedEvent(
                        BROMLEY, 2019, "65+", 57_980, 2, new Provenance(ADMIN, NOW, SNPP_2018, null)))
                .expectResultMessagePayload(new FigureVersion(BROMLEY, 2, 2));
    }

    @Test
    void versionsEachYearOfPopulationSeparately() {
        fixture.given(BROMLEY_REGISTERED, POPULATION_2019_V1)
                .when(population(2020, "65+", 58_700, SNPP_2016))
                .expectEvents(new PopulationRecordedEvent(
                        BROMLEY, 2020, "65+", 58_700, 1, new Provenance(ADMIN, NOW, SNPP_2016, null)))
                .expectResultMessagePayload(new FigureVersion(BROMLEY, 2, 1));
    }

    @Test
    void versionsEachAgeBandOfPopulationSeparately() {
        fixture.given(BROMLEY_REGISTERED, POPULATION_2019_V1)
                .when(population(2019, "all ages", 332_336, SNPP_2016))
                .expectEvents(new PopulationRecordedEvent(
                        BROMLEY, 2019, "all ages", 332_336, 1, new Provenance(ADMIN, NOW, SNPP_2016, null)))
                .expectResultMessagePayload(new FigureVersion(BROMLEY, 2, 1));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void refusesAPopulationWithoutSource(String source) {
        fixture.given(BROMLEY_REGISTERED)
                .when(population(2019, "65+", 57_626, source))
                .expectException(Refusal.class)
                .expectException(invalid("source"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -57_626})
    void refusesANonPositivePopulation(long count) {
        fixture.given(BROMLEY_REGISTERED)
                .when(population(2019, "65+", count, SNPP_2016))
                .expectException(Refusal.class)
                .expectException(invalid("count"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {1989, 2101, 19})
    void refusesAPopulationYearOutOfRange(int year) {
        fixture.given(BROMLEY_REGISTERED)
                .when(population(year, "65+", 57_626, SNPP_2016))
                .expectException(Refusal.class)
                .expectException(invalid("year"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {1990, 2100})
    void acceptsTheFirstAndLastYearsOfTheRange(int year) {
        fixture.given(BROMLEY_REGISTERED)
                .when(population(year, "65+", 57_626, SNPP_2016))
                .expectEvents(new PopulationRecordedEvent(
                        BROMLEY, year, "65+", 57_626, 1, new Provenance(ADMIN, NOW, SNPP_2016, null)))
                .expectResultMessagePayload(new FigureVersion(BROMLEY, 1, 1));
    }

    @Test
    void refusesAPopulationWithoutAgeBand() {
        fixture.given(BROMLEY_REGISTERED)
                .when(population(2019, " ", 57_626, SNPP_2016))
                .expectException(Refusal.class)
                .expectException(invalid("ageBand"))
                .expectNoEvents();
    }
}
