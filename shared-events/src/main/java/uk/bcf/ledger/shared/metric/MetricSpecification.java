package uk.bcf.ledger.shared.metric;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.PeriodKind;

/**
 * A metric's definition as it is written down, before it is checked: the seed file, an administrator's request and
 * the metric events all carry these fields. Names of shapes, roll-ups, directions, periods and years stay text, so a
 * stored definition naming a value shape this build does not know still reads back, and is refused by
 * {@link MetricDefinitionPolicy} with a reason instead of failing to deserialise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricSpecification(
        String code,
        String name,
        String unit,
        String shape,
        String rollup,
        String goodDirection,
        List<String> actualPeriods,
        List<String> planPeriods,
        Boolean dailyRatePlans,
        Integer displayDecimals,
        String populationAgeBand,
        Integer publicationLagMonths,
        String firstYear,
        String lastYear,
        String defaultSource,
        String definition,
        String countLabel,
        String dailyRateUnit,
        String standardisation,
        String baselineFrom,
        String boardCode,
        List<String> pausedYears) {

    public MetricSpecification {
        actualPeriods = actualPeriods == null ? null : List.copyOf(actualPeriods);
        planPeriods = planPeriods == null ? null : List.copyOf(planPeriods);
        pausedYears = pausedYears == null ? List.of() : List.copyOf(pausedYears);
    }

    /** The written form of a checked definition, periods and years in their natural order. */
    public static MetricSpecification of(MetricDefinition metric) {
        return new MetricSpecification(
                metric.code(),
                metric.name(),
                metric.unit(),
                metric.shape().name(),
                metric.rollup().name(),
                metric.goodDirection().name(),
                kinds(metric.actualPeriods()),
                kinds(metric.planPeriods()),
                metric.dailyRatePlans(),
                metric.displayDecimals(),
                metric.populationAgeBand(),
                metric.publicationLagMonths(),
                metric.firstYear().code(),
                code(metric.lastYear()),
                metric.defaultSource(),
                metric.definition(),
                metric.countLabel(),
                metric.dailyRateUnit(),
                metric.standardisation().name(),
                code(metric.baselineFrom()),
                metric.boardCode(),
                metric.pausedYears().stream().sorted().map(FinancialYear::code).toList());
    }

    /** The same specification under another code (the code of a request's path). */
    public MetricSpecification withCode(String newCode) {
        return Objects.equals(code, newCode)
                ? this
                : new MetricSpecification(
                        newCode,
                        name,
                        unit,
                        shape,
                        rollup,
                        goodDirection,
                        actualPeriods,
                        planPeriods,
                        dailyRatePlans,
                        displayDecimals,
                        populationAgeBand,
                        publicationLagMonths,
                        firstYear,
                        lastYear,
                        defaultSource,
                        definition,
                        countLabel,
                        dailyRateUnit,
                        standardisation,
                        baselineFrom,
                        boardCode,
                        pausedYears);
    }

    private static List<String> kinds(java.util.Set<PeriodKind> kinds) {
        return kinds.stream().sorted().map(PeriodKind::name).toList();
    }

    private static String code(FinancialYear year) {
        return year == null ? null : year.code();
    }
}
