package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;

/** When a missing month or quarter is expected, by the metric's lag, and how the cut-off date changes what it says. */
class PublicationScheduleTest {

    private static final FinancialYear YEAR = FinancialYear.of("2019-20");

    @Test
    void aMonthIsPublishedItsLagLaterAcrossTheEndOfTheCalendarYear() {
        PublicationSchedule twoMonths = new PublicationSchedule(2, LocalDate.of(2019, 11, 21));

        assertThat(twoMonths.publicationMonth(Month.of(2019, 9))).isEqualTo(Month.of(2019, 11));
        assertThat(twoMonths.publicationMonth(Month.of(2019, 11))).isEqualTo(Month.of(2020, 1));
        assertThat(twoMonths.missingMonth(Month.of(2019, 11))).isEqualTo("Published in Jan 20");
        assertThat(twoMonths.missingMonth(Month.of(2020, 3))).isEqualTo("Published in May 20");
    }

    @Test
    void aMonthSaysWhenItIsPublishedUnlessItsPublicationMonthWasBeforeTheCutOffMonth() {
        Month september = Month.of(2019, 9);

        assertThat(new PublicationSchedule(2, LocalDate.of(2019, 10, 31)).missingMonth(september))
                .isEqualTo("Published in Nov 19");
        assertThat(new PublicationSchedule(2, LocalDate.of(2019, 11, 21)).missingMonth(september))
                .isEqualTo("Published in Nov 19");
        assertThat(new PublicationSchedule(2, LocalDate.of(2019, 11, 30)).missingMonth(september))
                .isEqualTo("Published in Nov 19");
        assertThat(new PublicationSchedule(2, LocalDate.of(2019, 12, 1)).missingMonth(september))
                .isEqualTo(PublicationSchedule.NOT_RECORDED);
    }

    @Test
    void aQuarterIsAvailableAtTheEndOfTheMonthItsLagAfterItsLastMonth() {
        PublicationSchedule threeMonths = new PublicationSchedule(3, LocalDate.of(2019, 11, 21));

        assertThat(threeMonths.missingQuarter(YEAR.quarter(2))).isEqualTo("Not available until the end of December 19");
        assertThat(threeMonths.missingQuarter(YEAR.quarter(3))).isEqualTo("Not available until the end of March 20");
        assertThat(threeMonths.missingQuarter(YEAR.quarter(4))).isEqualTo("Not available until the end of June 20");
        assertThat(threeMonths.availabilityMonth(YEAR.quarter(4))).isEqualTo(Month.of(2020, 6));
    }

    @Test
    void aQuarterSaysWhenItIsAvailableUntilTheCutOffReachesTheEndOfThatMonth() {
        PublicationSchedule within = new PublicationSchedule(3, LocalDate.of(2019, 12, 30));
        PublicationSchedule atTheEnd = new PublicationSchedule(3, LocalDate.of(2019, 12, 31));

        assertThat(within.missingQuarter(YEAR.quarter(2))).isEqualTo("Not available until the end of December 19");
        assertThat(atTheEnd.missingQuarter(YEAR.quarter(2))).isEqualTo(PublicationSchedule.NOT_RECORDED);
    }
}
