package uk.bcf.ledger.command.figures;

import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.NOW;
import static uk.bcf.ledger.command.figures.FigureTestData.SALT;
import static uk.bcf.ledger.command.figures.FigureTestData.metricYearFixture;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.figures.FigureTestData.ratio;
import static uk.bcf.ledger.command.figures.FigureTestData.recorded;
import static uk.bcf.ledger.command.figures.FigureTestData.value;
import static uk.bcf.ledger.command.figures.MetricYearImportTest.outcomes;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.command.imports.ImportOutcome;
import uk.bcf.ledger.command.imports.ImportResult;
import uk.bcf.ledger.command.imports.ImportStatus;
import uk.bcf.ledger.command.imports.ImportedFigure;
import uk.bcf.ledger.command.imports.PublishedCheck;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Published figures imported with Bromley's 2019-20 figures: each is checked against what the stored components
 * give (Bromley's printed rates 425.0, 112.5 and 216.3 are not what 245, 65 and 125 admissions over 57,626 give)
 * and noted right after the figure's own event.
 */
class MetricYearPublishedFiguresTest {

    private static final long POPULATION_65_PLUS = 57_626;
    private static final Provenance NOTED = new Provenance(ANALYST, NOW, null, null);

    private FixtureConfiguration<MetricYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = metricYearFixture();
    }

    private static ImportFiguresCommand command(
            String metric, Long population, ImportMode mode, ImportedFigure... rows) {
        return new ImportFiguresCommand(
                BROMLEY, metric, new FinancialYear(2019), List.of(rows), population, mode, ANALYST);
    }

    private static ImportedFigure row(
            long line, FigureKind kind, String period, Measurement measurement, String published) {
        return new ImportedFigure(line, kind, period(period), measurement, null, null, new BigDecimal(published));
    }

    @Test
    void aPublishedRateThatDisagreesWithItsCountIsNotedAsADiscrepancy() {
        fixture.givenNoPriorActivity()
                .when(command(
                        "RES_ADM_65",
                        POPULATION_65_PLUS,
                        ImportMode.APPLY,
                        row(2, FigureKind.ACTUAL, "2019-20-Q1", value("65"), "112.5")))
                .expectEvents(
                        new ActualRecordedEvent(
                                BROMLEY, "RES_ADM_65", period("2019-20-Q1"), Measurement.events(65), 1, recorded(SALT)),
                        new PublishedFigureNotedEvent(
                                BROMLEY,
                                "RES_ADM_65",
                                period("2019-20-Q1"),
                                FigureKind.ACTUAL,
                                1,
                                new BigDecimal("112.5"),
                                new BigDecimal("112.8"),
                                false,
                                NOTED))
                .expectResultMessagePayload(new ImportResult(
                        "E09000006/RES_ADM_65/2019-20",
                        1,
                        2,
                        List.of(ImportOutcome.stored(
                                2,
                                ImportStatus.NEW,
                                1,
                                null,
                                Measurement.events(65),
                                new PublishedCheck(new BigDecimal("112.5"), new BigDecimal("112.8"), false)))));
    }

    @Test
    void thePublishedPlanRateIsCheckedOnTheYearsPopulationToo() {
        fixture.givenNoPriorActivity()
                .when(command(
                        "RES_ADM_65",
                        POPULATION_65_PLUS,
                        ImportMode.APPLY,
                        row(2, FigureKind.PLAN, "2019-20", value("245"), "425.0")))
                .expectEvents(
                        new PlanSetEvent(BROMLEY, "RES_ADM_65", period("2019-20"), Measurement.events(245), 1, NOTED),
                        new PublishedFigureNotedEvent(
                                BROMLEY,
                                "RES_ADM_65",
                                period("2019-20"),
                                FigureKind.PLAN,
                                1,
                                new BigDecimal("425.0"),
                                new BigDecimal("425.2"),
                                false,
                                NOTED));
    }

    @Test
    void aPublishedPercentageWithinTheDisplayRoundingAgrees() {
        fixture.givenNoPriorActivity()
                .when(command(
                        "REABLEMENT_91",
                        null,
                        ImportMode.PREVIEW,
                        row(2, FigureKind.ACTUAL, "2019-20-Q1", ratio(73, 74), "98.6")))
                .expectNoEvents()
                .expectResultMessagePayload(new ImportResult(
                        "E09000006/REABLEMENT_91/2019-20",
                        -1,
                        2,
                        List.of(ImportOutcome.stored(
                                2,
                                ImportStatus.NEW,
                                1,
                                null,
                                Measurement.ratio(73, 74),
                                new PublishedCheck(new BigDecimal("98.6"), new BigDecimal("98.6"), true)))));
    }

    @Test
    void aPublishedDailyRatePlanIsCheckedOnTheTruncatedPeriodFigure() {
        fixture.givenNoPriorActivity()
                .when(command(
                        "DTOC",
                        null,
                        ImportMode.PREVIEW,
                        new ImportedFigure(
                                2,
                                FigureKind.PLAN,
                                period("2019-20-Q1"),
                                FigureTestData.perDay("12.5"),
                                null,
                                null,
                                new BigDecimal("1137"))))
                .expectResultMessagePayloadMatching(Matchers.predicate((ImportResult result) ->
                        result.outcomes().get(0).published().agrees()));
    }

    @Test
    void aPublishedRateCannotBeCheckedWithoutThePopulation() {
        fixture.givenNoPriorActivity()
                .when(command(
                        "RES_ADM_65",
                        null,
                        ImportMode.APPLY,
                        row(2, FigureKind.ACTUAL, "2019-20-Q1", value("65"), "112.5")))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(outcomes("2 refused publishedValue"));
    }

    @Test
    void anUnchangedFigureHasItsPublishedValueNotedOnItsVersion() {
        fixture.given(new ActualRecordedEvent(
                        BROMLEY, "RES_ADM_65", period("2019-20-Q2"), Measurement.events(125), 1, recorded(SALT)))
                .when(command(
                        "RES_ADM_65",
                        POPULATION_65_PLUS,
                        ImportMode.APPLY,
                        row(2, FigureKind.ACTUAL, "2019-20-Q2", numerator(125), "216.3")))
                .expectEvents(new PublishedFigureNotedEvent(
                        BROMLEY,
                        "RES_ADM_65",
                        period("2019-20-Q2"),
                        FigureKind.ACTUAL,
                        1,
                        new BigDecimal("216.3"),
                        new BigDecimal("216.9"),
                        false,
                        NOTED))
                .expectResultMessagePayload(new ImportResult(
                        "E09000006/RES_ADM_65/2019-20",
                        1,
                        1,
                        List.of(ImportOutcome.stored(
                                2,
                                ImportStatus.UNCHANGED,
                                1,
                                null,
                                Measurement.events(125),
                                new PublishedCheck(new BigDecimal("216.3"), new BigDecimal("216.9"), false)))));
    }

    @Test
    void aPublishedValueAlreadyNotedOnTheVersionIsNotNotedAgain() {
        fixture.given(
                        new ActualRecordedEvent(
                                BROMLEY,
                                "RES_ADM_65",
                                period("2019-20-Q2"),
                                Measurement.events(125),
                                1,
                                recorded(SALT)),
                        new PublishedFigureNotedEvent(
                                BROMLEY,
                                "RES_ADM_65",
                                period("2019-20-Q2"),
                                FigureKind.ACTUAL,
                                1,
                                new BigDecimal("216.3"),
                                new BigDecimal("216.9"),
                                false,
                                NOTED))
                .when(command(
                        "RES_ADM_65",
                        POPULATION_65_PLUS,
                        ImportMode.APPLY,
                        row(2, FigureKind.ACTUAL, "2019-20-Q2", numerator(125), "216.3")))
                .expectNoEvents();
    }

    private static Measurement numerator(long count) {
        return FigureTestData.numerator(count);
    }
}
