package uk.bcf.ledger.shared.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.stream.IntStream;

/** An NHS financial year, April to March, written {@code 2019-20} and identified by the year it starts in. */
public record FinancialYear(int startYear) implements Period, Comparable<FinancialYear> {

    static final int FIRST_MONTH = 4;

    public FinancialYear {
        if (startYear < 2000 || startYear > 2098) {
            throw new IllegalArgumentException("financial year must start between 2000 and 2098, was " + startYear);
        }
    }

    /** Reads {@code 2019-20}; see {@link Periods#financialYear(String)}. */
    @JsonCreator
    public static FinancialYear of(String code) {
        return Periods.financialYear(code);
    }

    /** {@code 2019-20}; built without a format string, as it is asked for for every event a projection writes. */
    @Override
    public String code() {
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "-0" : "-") + end;
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.YEAR;
    }

    @Override
    public FinancialYear financialYear() {
        return this;
    }

    public Month firstMonth() {
        return Month.of(startYear, FIRST_MONTH);
    }

    @Override
    public List<Month> months() {
        Month first = firstMonth();
        return IntStream.range(0, 12).mapToObj(first::plusMonths).toList();
    }

    public List<Quarter> quarters() {
        return IntStream.rangeClosed(1, 4).mapToObj(n -> new Quarter(this, n)).toList();
    }

    public Quarter quarter(int number) {
        return new Quarter(this, number);
    }

    /** The quarter a month of this year falls in. */
    public Quarter quarterOf(Month month) {
        return quarter(months().indexOf(month) / 3 + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return code();
    }
}
