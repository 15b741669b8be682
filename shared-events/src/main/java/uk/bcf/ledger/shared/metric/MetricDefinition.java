package uk.bcf.ledger.shared.metric;

import java.util.Objects;
import java.util.Set;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.PeriodKind;

/**
 * One national BCF metric, described entirely as data: projections and reports read these fields and never
 * branch on a metric's code, so adding a metric is a change to the catalogue, not to code.
 *
 * @param code               stable identifier used in the API, e.g. {@code NEL}
 * @param name               the full national name
 * @param unit               what the value counts, e.g. {@code admissions} or {@code per 100,000 population 65+}
 * @param shape              the figure's components and how its value is computed
 * @param rollup             how months make a quarter and quarters a year
 * @param goodDirection      which way is good news
 * @param actualPeriods      the period kinds actuals may be posted for
 * @param planPeriods        the period kinds plans may be posted for
 * @param dailyRatePlans     whether plans may be stated per day and spread over a period by its days
 * @param displayDecimals    decimal places of the value as published (rounded half up)
 * @param populationAgeBand  for rates, the population age band whose count is the denominator
 * @param publicationLagMonths months after a period's end before its figure is published
 * @param firstYear          the first financial year the metric is in force
 * @param lastYear           the last financial year it is in force, or {@code null} if still in force
 * @param defaultSource      where actuals come from unless a figure says otherwise
 * @param definition         the national definition, for reports
 * @param countLabel         how reports label the count behind a rate, e.g. {@code admsns}; null when not shown
 * @param dailyRateUnit      how reports state a daily-rate plan, e.g. {@code bed days per day}; null without one
 * @param standardisation    whether a rate is age-standardised (then given as a rate, never recomputed from a
 *                           population); {@code NONE} when absent
 * @param baselineFrom       the first financial year whose actuals may be recorded as a baseline before the metric
 *                           is in force; {@code null} when actuals start with {@code firstYear}
 * @param boardCode          the board a locally chosen metric belongs to; {@code null} for a national metric
 * @param pausedYears        years between {@code firstYear} and {@code lastYear} in which no plans were set (2020-21,
 *                           the pandemic year); actuals of those years may still be recorded as baselines
 */
public record MetricDefinition(
        String code,
        String name,
        String unit,
        ValueShape shape,
        Rollup rollup,
        Direction goodDirection,
        Set<PeriodKind> actualPeriods,
        Set<PeriodKind> planPeriods,
        boolean dailyRatePlans,
        int displayDecimals,
        String populationAgeBand,
        int publicationLagMonths,
        FinancialYear firstYear,
        FinancialYear lastYear,
        String defaultSource,
        String definition,
        String countLabel,
        String dailyRateUnit,
        Standardisation standardisation,
        FinancialYear baselineFrom,
        String boardCode,
        Set<FinancialYear> pausedYears) {

    public MetricDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(rollup, "rollup");
        Objects.requireNonNull(goodDirection, "goodDirection");
        Objects.requireNonNull(firstYear, "firstYear");
        actualPeriods = Set.copyOf(actualPeriods);
        planPeriods = Set.copyOf(planPeriods);
        if (dailyRatePlans && dailyRateUnit == null) {
            throw new IllegalArgumentException(code + ": daily-rate plans need a unit to state them in");
        }
        standardisation = standardisation == null ? Standardisation.NONE : standardisation;
        pausedYears = pausedYears == null ? Set.of() : Set.copyOf(pausedYears);
        if (standardisation.isStandardised() && shape != ValueShape.RATE_PER_100K) {
            throw new IllegalArgumentException(code + ": only a rate per 100,000 can be standardised");
        }
        if (shape == ValueShape.RATE_PER_100K && populationAgeBand == null && !standardisation.isStandardised()) {
            throw new IllegalArgumentException(code + ": a rate per 100,000 needs a population age band");
        }
        if (lastYear != null && lastYear.compareTo(firstYear) < 0) {
            throw new IllegalArgumentException(code + ": lastYear is before firstYear");
        }
        if (baselineFrom != null && baselineFrom.compareTo(firstYear) > 0) {
            throw new IllegalArgumentException(code + ": baselineFrom is after firstYear");
        }
    }

    /** A national metric as the catalogue held it before standardisation, baselines and local metrics. */
    public MetricDefinition(
            String code,
            String name,
            String unit,
            ValueShape shape,
            Rollup rollup,
            Direction goodDirection,
            Set<PeriodKind> actualPeriods,
            Set<PeriodKind> planPeriods,
            boolean dailyRatePlans,
            int displayDecimals,
            String populationAgeBand,
            int publicationLagMonths,
            FinancialYear firstYear,
            FinancialYear lastYear,
            String defaultSource,
            String definition,
            String countLabel,
            String dailyRateUnit) {
        this(
                code,
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
                Standardisation.NONE,
                null,
                null,
                Set.of());
    }

    /** Whether plans may be set for the year: the years the metric is in force, less its paused years. */
    public boolean inForce(FinancialYear year) {
        return year.compareTo(firstYear) >= 0
                && (lastYear == null || year.compareTo(lastYear) <= 0)
                && !pausedYears.contains(year);
    }

    /** The first year actuals may be recorded for: the baseline year, or the first year in force. */
    public FinancialYear firstActualYear() {
        return baselineFrom == null ? firstYear : baselineFrom;
    }

    /** Whether actuals may be recorded for the year: baseline years and the years in force. */
    public boolean acceptsActuals(FinancialYear year) {
        return year.compareTo(firstActualYear()) >= 0 && (lastYear == null || year.compareTo(lastYear) <= 0);
    }

    /** True for a rate published already standardised, which no population recomputes. */
    public boolean isStandardised() {
        return standardisation.isStandardised();
    }

    /** True for a locally chosen metric of one board; false for a national metric. */
    public boolean isLocal() {
        return boardCode != null;
    }

    /** Whether the board may use the metric: every board a national one, only its own board a local one. */
    public boolean appliesTo(String board) {
        return boardCode == null || boardCode.equals(board);
    }

    /** The name as pages and reports show it: a board's local metric is marked {@code (local metric)}. */
    public String title() {
        return isLocal() ? name + " (local metric)" : name;
    }
}
