package uk.bcf.ledger.shared.period;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A calendar month, written {@code 2019-04}. */
public record Month(YearMonth yearMonth) implements Period {

    /** English abbreviations: the British locale data of recent JDKs abbreviates September as "Sept". */
    private static final DateTimeFormatter SHORT_LABEL = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    public Month {
        Objects.requireNonNull(yearMonth, "yearMonth");
        new FinancialYear(
                yearMonth.getMonthValue() >= FinancialYear.FIRST_MONTH ? yearMonth.getYear() : yearMonth.getYear() - 1);
    }

    public static Month of(int year, int month) {
        return new Month(YearMonth.of(year, month));
    }

    @Override
    public String code() {
        return yearMonth.toString();
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.MONTH;
    }

    @Override
    public FinancialYear financialYear() {
        int start =
                yearMonth.getMonthValue() >= FinancialYear.FIRST_MONTH ? yearMonth.getYear() : yearMonth.getYear() - 1;
        return new FinancialYear(start);
    }

    @Override
    public List<Month> months() {
        return List.of(this);
    }

    public Month plusMonths(int months) {
        return new Month(yearMonth.plusMonths(months));
    }

    /** The label used in board reports, e.g. {@code Nov 19}. */
    public String shortLabel() {
        return yearMonth.format(SHORT_LABEL);
    }

    @Override
    public String toString() {
        return code();
    }
}
