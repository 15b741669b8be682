package uk.bcf.ledger.benchmark.dataset;

import java.util.List;
import java.util.SplittableRandom;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;

/**
 * One board's metric over the months of a financial year: what was expected each month (which plans follow) and
 * what happened (which actuals report). For a percentage the amounts are its denominators and {@link #share} the
 * expected numerator share; for counts and rates they are the counts.
 */
final class MonthlySeries {

    private static final int DECEMBER = 12;
    private static final int FEBRUARY = 2;

    private final List<Month> months;
    private final double[] expected;
    private final long[] actual;
    private final long[] actualNumerator;
    private final double share;

    private MonthlySeries(List<Month> months, double[] expected, long[] actual, long[] actualNumerator, double share) {
        this.months = months;
        this.expected = expected;
        this.actual = actual;
        this.actualNumerator = actualNumerator;
        this.share = share;
    }

    /**
     * Draws a year's months around {@code population × perPersonPerMonth}, scaled by the board's own factor, with
     * a winter rise and month-to-month noise.
     */
    static MonthlySeries draw(
            FinancialYear year, MetricProfile profile, long population, double boardFactor, SplittableRandom random) {
        List<Month> months = year.months();
        double[] expected = new double[months.size()];
        long[] actual = new long[months.size()];
        long[] numerator = new long[months.size()];
        double share = Math.min(0.99, profile.share() * (1 + 0.03 * Gaussian.next(random)));
        for (int i = 0; i < months.size(); i++) {
            int calendarMonth = months.get(i).yearMonth().getMonthValue();
            boolean winter = calendarMonth == DECEMBER || calendarMonth <= FEBRUARY;
            expected[i] = Math.max(
                    1,
                    population * profile.perPersonPerMonth() * boardFactor * (winter ? 1 + profile.winterUplift() : 1));
            actual[i] = Math.max(1, Math.round(expected[i] * (1 + profile.noise() * Gaussian.next(random))));
            double monthShare = Math.max(0, Math.min(1, share + profile.noise() * 0.2 * Gaussian.next(random)));
            numerator[i] = Math.round(actual[i] * monthShare);
        }
        return new MonthlySeries(months, expected, actual, numerator, share);
    }

    /** The expected amount over the given months (indexes into the year, inclusive start, exclusive end). */
    double expected(int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += expected[i];
        }
        return sum;
    }

    long actual(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += actual[i];
        }
        return sum;
    }

    long actualNumerator(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += actualNumerator[i];
        }
        return sum;
    }

    double share() {
        return share;
    }

    int indexOf(Month month) {
        return months.indexOf(month);
    }
}
