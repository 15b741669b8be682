package uk.bcf.ledger.shared.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;

class DailyRatesTest {

    private static final BigDecimal BROMLEY_DTOC_TARGET = new BigDecimal("12.5");

    @Test
    void truncatesEachPeriodOnItsOwnDaysAsBromleyPublishedIt() {
        FinancialYear year = new FinancialYear(2019);

        assertThat(year.quarters())
                .extracting(quarter ->
                        DailyRates.spread(BROMLEY_DTOC_TARGET, quarter).toPlainString())
                .containsExactly("1137", "1150", "1150", "1137");
        assertThat(DailyRates.spread(BROMLEY_DTOC_TARGET, year)).isEqualByComparingTo("4575");
        assertThat(DailyRates.spread(BROMLEY_DTOC_TARGET, Month.of(2020, 2)))
                .as("29 days in February 2020")
                .isEqualByComparingTo("362");
    }
}
