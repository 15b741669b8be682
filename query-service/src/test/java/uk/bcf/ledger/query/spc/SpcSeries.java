package uk.bcf.ledger.query.spc;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** Monthly test series starting in April 2019. */
public final class SpcSeries {

    private static final YearMonth FIRST_MONTH = YearMonth.of(2019, 4);

    private SpcSeries() {}

    public static List<SpcPoint> monthly(double... values) {
        return IntStream.range(0, values.length)
                .mapToObj(i -> new SpcPoint(FIRST_MONTH.plusMonths(i).toString(), values[i]))
                .toList();
    }

    /** A series of the given length alternating between two values, so that no rule flags any point. */
    public static List<SpcPoint> alternating(int length, double even, double odd) {
        return monthly(IntStream.range(0, length)
                .mapToDouble(i -> i % 2 == 0 ? even : odd)
                .toArray());
    }
}
