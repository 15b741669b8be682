package uk.bcf.ledger.command.figures;

import static uk.bcf.ledger.command.figures.FigureTestData.ANALYST;
import static uk.bcf.ledger.command.figures.FigureTestData.BROMLEY;
import static uk.bcf.ledger.command.figures.FigureTestData.metricYearFixture;
import static uk.bcf.ledger.command.figures.FigureTestData.period;
import static uk.bcf.ledger.command.rules.Refusals.refusal;

import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.bcf.ledger.shared.command.SetPlanCommand;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Figures beyond the plausible bounds (ADR 15) are refused naming the field: counts, numerators and denominators
 * above 10^9, per-day plans above 10^6, printed and published values above 10^9 or with more than 6 decimals.
 */
class PlausibleBoundsTest {

    private FixtureConfiguration<MetricYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = metricYearFixture();
    }

    @ParameterizedTest(name = "{0} {1}: {2} refused")
    @CsvSource({
        "NEL, 2019-20-Q1, value, 1000000001",
        "RES_ADM_65, 2019-20, numerator, 1000000001",
        "RES_ADM_65, 2019-20, denominator, 1000000001",
        "DTOC, 2019-20, perDay, 1000000.5",
        "AVOIDABLE_ADM, 2021-22, rate, 1000000000.1",
        "LOS_14, 2021-22-Q3, percent, 8.1234567",
        "NEL, 2019-20-Q1, publishedValue, 1000000001"
    })
    void refusesAFigureBeyondItsPlausibleBound(String metric, String periodCode, String field, String number) {
        BigDecimal value = new BigDecimal(number);
        Measurement measurement = switch (field) {
            case "value", "publishedValue" ->
                new Measurement("value".equals(field) ? value : BigDecimal.ONE, null, null, null, null, null, null);
            case "numerator" -> new Measurement(null, value.longValueExact(), 10L, null, null, null, null);
            case "denominator" -> new Measurement(null, 10L, value.longValueExact(), null, null, null, null);
            case "perDay" -> Measurement.perDay(value);
            case "rate" -> Measurement.rate(value, null);
            default -> Measurement.percent(value);
        };
        fixture.givenNoPriorActivity()
                .when(new SetPlanCommand(
                        BROMLEY,
                        metric,
                        period(periodCode),
                        measurement,
                        null,
                        ANALYST,
                        "publishedValue".equals(field) ? value : null))
                .expectException(refusal(RefusalKind.INVALID, field))
                .expectNoEvents();
    }
}
