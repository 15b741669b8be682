package uk.bcf.ledger.shared.period;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A reporting period of the NHS financial year: a calendar month ({@code 2019-04}), a quarter
 * ({@code 2019-20-Q1}) or a whole financial year ({@code 2019-20}). Financial years run April to March.
 */
public sealed interface Period permits Month, Quarter, FinancialYear {

    /** Reads any of the three text forms; see {@link Periods#parse(String)}. */
    @JsonCreator
    static Period parse(String text) {
        return Periods.parse(text);
    }

    /** The canonical text form, which {@link Periods#parse(String)} reads back. */
    @JsonValue
    String code();

    PeriodKind kind();

    FinancialYear financialYear();

    /** The calendar months the period covers, in order. */
    List<Month> months();

    default LocalDate firstDay() {
        return months().get(0).yearMonth().atDay(1);
    }

    default LocalDate lastDay() {
        return months().get(months().size() - 1).yearMonth().atEndOfMonth();
    }

    /** Number of days in the period, leap days included. */
    default long days() {
        return ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }

    default boolean contains(Period other) {
        return months().containsAll(other.months());
    }
}
