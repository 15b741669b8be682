package uk.bcf.ledger.shared.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsTest {

    @Test
    void readsTheThreeForms() {
        assertThat(Periods.parse("2019-04")).isEqualTo(Month.of(2019, 4));
        assertThat(Periods.parse("2019-20-Q2")).isEqualTo(new Quarter(new FinancialYear(2019), 2));
        assertThat(Periods.parse("2019-20")).isEqualTo(new FinancialYear(2019));
    }

    @Test
    void januaryToMarchBelongToThePreviousFinancialYear() {
        assertThat(Month.of(2020, 3).financialYear()).isEqualTo(new FinancialYear(2019));
        assertThat(Month.of(2019, 4).financialYear()).isEqualTo(new FinancialYear(2019));
        assertThat(new FinancialYear(2019).quarterOf(Month.of(2020, 2)).number())
                .isEqualTo(4);
    }

    @Test
    void quartersCountTheirDaysIncludingLeapDays() {
        FinancialYear year = new FinancialYear(2019);
        assertThat(year.quarters()).extracting(Period::days).containsExactly(91L, 92L, 92L, 91L);
        assertThat(year.days()).isEqualTo(366);
        assertThat(year.quarter(2).months()).extracting(Period::code).containsExactly("2019-07", "2019-08", "2019-09");
    }

    @Test
    void codesRoundTrip() {
        for (String code :
                new String[] {"2019-04", "2020-01", "2019-12", "2019-20-Q4", "2019-20", "2008-09", "2098-99"}) {
            assertThat(Periods.parse(code).code()).isEqualTo(code);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2019-13",
                "2019-00",
                "2019-21",
                "2019-20-Q5",
                "2019-20-Q0",
                "19-04",
                "2019/04",
                "April 2019",
                "2099-05",
                "1999-04",
                "2099-00-Q1"
            })
    void rejectsMalformedPeriods(String text) {
        assertThatThrownBy(() -> Periods.parse(text)).isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void monthsCarryTheReportLabel() {
        assertThat(Month.of(2019, 11).shortLabel()).isEqualTo("Nov 19");
        assertThat(Month.of(2019, 9).shortLabel()).isEqualTo("Sep 19");
    }
}
