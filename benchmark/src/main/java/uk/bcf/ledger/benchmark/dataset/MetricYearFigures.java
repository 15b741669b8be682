package uk.bcf.ledger.benchmark.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.metric.ValueShape;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.PeriodKind;

/**
 * The first version of every plan and actual of one board's metric in one financial year, shaped by the metric's
 * catalogue entry: plans for every period kind the metric takes plans for (per day where its plans are daily
 * rates), actuals for the finest period kind it reports (monthly where it takes monthly actuals, else quarterly,
 * else yearly) and only for periods over by the generation day, year-to-date where the metric rolls up so, and a
 * published value beside every rate and percentage actual.
 */
final class MetricYearFigures {

    private static final BigDecimal SMALLEST_DAILY_RATE = new BigDecimal("0.1");

    private final String board;
    private final MetricDefinition metric;
    private final FinancialYear year;
    private final MonthlySeries series;
    private final MetricProfile profile;
    private final PublishedValues published;

    MetricYearFigures(
            String board,
            MetricDefinition metric,
            FinancialYear year,
            MonthlySeries series,
            MetricProfile profile,
            PublishedValues published) {
        this.board = board;
        this.metric = metric;
        this.year = year;
        this.series = series;
        this.profile = profile;
        this.published = published;
    }

    List<FigureRow> rows(LocalDate today, SplittableRandom random) {
        List<FigureRow> rows = new ArrayList<>();
        for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)) {
            if (metric.planPeriods().contains(kind)) {
                periods(kind).forEach(period -> rows.add(plan(period)));
            }
        }
        for (Period period : periods(actualKind())) {
            if (period.lastDay().isBefore(today)) {
                rows.add(actual(period, random));
            }
        }
        return rows;
    }

    /** A percentage or a mean: a numerator drawn as a share of its denominator (for a mean, days per case). */
    private boolean sharesItsDenominator() {
        return metric.shape() == ValueShape.PERCENTAGE || metric.shape() == ValueShape.MEAN;
    }

    private PeriodKind actualKind() {
        for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)) {
            if (metric.actualPeriods().contains(kind)) {
                return kind;
            }
        }
        throw new IllegalStateException(metric.code() + " takes no actuals");
    }

    private List<? extends Period> periods(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> year.months();
            case QUARTER -> year.quarters();
            case YEAR -> List.of(year);
        };
    }

    private FigureRow plan(Period period) {
        double expected = series.expected(from(period), to(period)) * (1 + profile.planBias());
        Measurement figure;
        if (metric.dailyRatePlans()) {
            BigDecimal perDay = BigDecimal.valueOf(expected / period.days()).setScale(1, RoundingMode.HALF_UP);
            figure = Measurement.perDay(perDay.max(SMALLEST_DAILY_RATE));
        } else if (sharesItsDenominator()) {
            long denominator = Math.max(1, Math.round(expected));
            long numerator = Math.round(denominator * Math.min(1, series.share() * (1 + profile.planBias())));
            figure = Measurement.ratio(numerator, denominator);
        } else {
            figure = Measurement.count(Math.max(1, Math.round(expected)));
        }
        return new FigureRow(
                board,
                metric.code(),
                period.code(),
                "plan",
                figure,
                "BCF " + year.code() + " planning template",
                null,
                null);
    }

    private FigureRow actual(Period period, SplittableRandom random) {
        long amount = series.actual(from(period), to(period));
        Measurement figure;
        String printed = null;
        if (sharesItsDenominator()) {
            figure = Measurement.ratio(series.actualNumerator(from(period), to(period)), amount);
            printed = published.of(metric, period, figure, random);
        } else if (metric.shape() == ValueShape.RATE_PER_100K) {
            figure = Measurement.count(amount);
            printed = published.of(metric, period, Measurement.events(amount), random);
        } else {
            figure = Measurement.count(amount);
        }
        return new FigureRow(
                board, metric.code(), period.code(), "actual", figure, metric.defaultSource(), null, printed);
    }

    /** Where a period's amounts start: the start of the year for year-to-date metrics, else the period's first month. */
    private int from(Period period) {
        return metric.rollup() == Rollup.CUMULATIVE_YEAR_TO_DATE
                ? 0
                : series.indexOf(period.months().get(0));
    }

    private int to(Period period) {
        return series.indexOf(period.months().get(period.months().size() - 1)) + 1;
    }
}
