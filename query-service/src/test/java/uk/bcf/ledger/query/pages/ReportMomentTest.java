package uk.bcf.ledger.query.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportMomentTest {

    @Test
    void nowHasNoAsOf() {
        ReportMoment now = ReportMoment.chosen("now", "2019-20-Q2", "2019-11-21");

        assertThat(now.valid()).isTrue();
        assertThat(now.asOf()).isNull();
        assertThat(now.words()).isEqualTo("as known now");
    }

    @Test
    void aSignOffIsTheReportAsPresentedThere() {
        ReportMoment signOff = ReportMoment.chosen("sign-off", " 2019-20-Q2 ", null);

        assertThat(signOff.asOf()).isEqualTo("sign-off:2019-20-Q2");
        assertThat(signOff.words()).isEqualTo("as presented at the Q2 2019-20 sign-off");
    }

    @Test
    void aDayIsTheEndOfThatDayInUkTimeWrittenInWords() {
        ReportMoment summer = ReportMoment.chosen("date", null, "2019-09-30");
        ReportMoment winter = ReportMoment.chosen("date", null, "2019-11-21");

        assertThat(summer.asOf()).isEqualTo("2019-09-30T22:59:59Z");
        assertThat(winter.asOf()).isEqualTo("2019-11-21T23:59:59Z");
        assertThat(winter.words()).isEqualTo("as known at the end of 21 November 2019");
    }

    @Test
    void aChoiceThatCannotBeUsedNamesItsFieldAndIsShownAsKnownNow() {
        assertThat(ReportMoment.chosen("sign-off", " ", null).field()).isEqualTo("signOff");
        assertThat(ReportMoment.chosen("then", null, null).field()).isEqualTo("moment");
        assertThat(ReportMoment.chosen("date", null, null).error()).startsWith("Enter the day");
        assertThat(ReportMoment.chosen("date", null, "2019-02-30").error())
                .isEqualTo("Day must be a real date, for example 2019-11-21");
        ReportMoment notADate = ReportMoment.chosen("date", null, "30/02/2019");
        assertThat(notADate.field()).isEqualTo("date");
        assertThat(notADate.error()).contains("year-month-day");
        assertThat(notADate.valid()).isFalse();
        assertThat(notADate.asOf()).isNull();
        assertThat(notADate.words()).isEqualTo("as known now");
    }
}
