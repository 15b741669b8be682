package uk.bcf.ledger.command.figures;

import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.NOW;
import static uk.bcf.ledger.command.figures.FigureTestData.SUS;
import static uk.bcf.ledger.command.figures.FigureTestData.changed;
import static uk.bcf.ledger.command.figures.FigureTestData.metricYearFixture;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.figures.FigureTestData.recorded;
import static uk.bcf.ledger.command.figures.FigureTestData.value;

import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.command.imports.ImportOutcome;
import uk.bcf.ledger.command.imports.ImportResult;
import uk.bcf.ledger.command.imports.ImportStatus;
import uk.bcf.ledger.command.imports.ImportedFigure;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/** An import's rows for Bromley's 2019-20 NEL ledger: classified against its figures, stored only when applied. */
class MetricYearImportTest {

    private static final String LEDGER = "E09000006/NEL/2019-20";
    private static final ActualRecordedEvent APRIL_RECORDED =
            new ActualRecordedEvent(BROMLEY, "NEL", period("2019-04"), Measurement.count(2134), 1, recorded(SUS));

    private FixtureConfiguration<MetricYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = metricYearFixture();
    }

    static ImportFiguresCommand nel(ImportMode mode, ImportedFigure... rows) {
        return new ImportFiguresCommand(BROMLEY, "NEL", new FinancialYear(2019), List.of(rows), null, mode, ANALYST);
    }

    static ImportedFigure actual(long line, String period, Measurement measurement, String reason) {
        return new ImportedFigure(line, FigureKind.ACTUAL, period(period), measurement, null, reason, null);
    }

    static ImportedFigure plan(long line, String period, Measurement measurement) {
        return new ImportedFigure(line, FigureKind.PLAN, period(period), measurement, null, null, null);
    }

    @Test
    void aPreviewClassifiesEveryRowAndStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(nel(
                        ImportMode.PREVIEW,
                        actual(2, "2019-04", value("2134"), null),
                        plan(3, "2019-20-Q1", value("6589"))))
                .expectNoEvents()
                .expectResultMessagePayload(new ImportResult(
                        LEDGER,
                        -1,
                        2,
                        List.of(
                                ImportOutcome.stored(2, ImportStatus.NEW, 1, null, Measurement.count(2134), null),
                                ImportOutcome.stored(3, ImportStatus.NEW, 1, null, Measurement.count(6589), null))));
    }

    @Test
    void applyingStoresTheOrdinaryEventsOfEachNewFigure() {
        fixture.givenNoPriorActivity()
                .when(nel(
                        ImportMode.APPLY,
                        actual(2, "2019-04", value("2134"), null),
                        plan(3, "2019-20-Q1", value("6589"))))
                .expectEvents(
                        APRIL_RECORDED,
                        new PlanSetEvent(
                                BROMLEY,
                                "NEL",
                                period("2019-20-Q1"),
                                Measurement.count(6589),
                                1,
                                new Provenance(ANALYST, NOW, null, null)));
    }

    @Test
    void aRowIdenticalToTheCurrentFigureStoresNothing() {
        fixture.given(APRIL_RECORDED)
                .when(nel(ImportMode.APPLY, actual(2, "2019-04", value("2134.00"), null)))
                .expectNoEvents()
                .expectResultMessagePayload(new ImportResult(
                        LEDGER,
                        0,
                        0,
                        List.of(ImportOutcome.stored(
                                2, ImportStatus.UNCHANGED, 1, null, Measurement.count(2134), null))));
    }

    @Test
    void aChangedRowIsACorrectionCarryingItsReason() {
        fixture.given(APRIL_RECORDED)
                .when(nel(ImportMode.APPLY, actual(2, "2019-04", value("2141"), "SUS resubmission")))
                .expectEvents(new ActualCorrectedEvent(
                        BROMLEY,
                        "NEL",
                        period("2019-04"),
                        Measurement.count(2141),
                        2,
                        changed(SUS, "SUS resubmission")))
                .expectResultMessagePayload(new ImportResult(
                        LEDGER,
                        1,
                        1,
                        List.of(ImportOutcome.stored(
                                2, ImportStatus.CHANGED, 2, Measurement.count(2134), Measurement.count(2141), null))));
    }

    @Test
    void aChangedRowWithoutAReasonRefusesTheWholeImport() {
        fixture.given(APRIL_RECORDED)
                .when(nel(
                        ImportMode.APPLY,
                        actual(2, "2019-04", value("2141"), null),
                        actual(3, "2019-05", value("2249"), null)))
                .expectNoEvents()
                .expectResultMessagePayload(new ImportResult(
                        LEDGER,
                        0,
                        1,
                        List.of(
                                ImportOutcome.refused(2, "reason", "is required"),
                                ImportOutcome.stored(3, ImportStatus.NEW, 1, null, Measurement.count(2249), null))));
    }

    @Test
    void rowsAreRefusedByTheRulesOfSingleWrites() {
        fixture.givenNoPriorActivity()
                .when(nel(
                        ImportMode.PREVIEW,
                        actual(2, "2019-04", value("-3"), null),
                        actual(3, "2019-20", value("9000"), null),
                        actual(4, "2019-05", value("2249"), null)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(outcomes("2 refused value", "3 refused period", "4 new"));
    }

    @Test
    void aFigureGivenTwiceInOneFileIsRefused() {
        fixture.givenNoPriorActivity()
                .when(nel(
                        ImportMode.PREVIEW,
                        actual(2, "2019-04", value("2134"), null),
                        actual(7, "2019-04", value("2135"), null)))
                .expectResultMessagePayloadMatching(outcomes("2 new", "7 refused period"));
    }

    @Test
    void aWithdrawnActualIsRecordedAnew() {
        fixture.given(
                        APRIL_RECORDED,
                        new ActualWithdrawnEvent(BROMLEY, "NEL", period("2019-04"), 2, changed(null, "disputed")))
                .when(nel(ImportMode.APPLY, actual(2, "2019-04", value("2134"), null)))
                .expectEvents(new ActualRecordedEvent(
                        BROMLEY, "NEL", period("2019-04"), Measurement.count(2134), 3, recorded(SUS)));
    }

    /** Matches a result whose outcomes are, in order, {@code "<line> <status>[ <refused field>]"}. */
    static Matcher<ImportResult> outcomes(String... expected) {
        return Matchers.predicate(result -> result.outcomes().stream()
                .map(outcome -> (outcome.line() + " " + outcome.status().code() + " "
                                + (outcome.field() == null ? "" : outcome.field()))
                        .strip())
                .toList()
                .equals(List.of(expected)));
    }
}
