package uk.bcf.ledger.shared.period;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** A quarter of a financial year, written {@code 2019-20-Q1}; Q1 is April to June. */
public record Quarter(FinancialYear financialYear, int number) implements Period {

    public Quarter {
        Objects.requireNonNull(financialYear, "financialYear");
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1 to 4, was " + number);
        }
    }

    @Override
    public String code() {
        return financialYear.code() + "-Q" + number;
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.QUARTER;
    }

    @Override
    public List<Month> months() {
        Month first = financialYear.firstMonth().plusMonths(3 * (number - 1));
        return IntStream.range(0, 3).mapToObj(first::plusMonths).toList();
    }

    public Month lastMonth() {
        return months().get(2);
    }

    @Override
    public String toString() {
        return code();
    }
}
