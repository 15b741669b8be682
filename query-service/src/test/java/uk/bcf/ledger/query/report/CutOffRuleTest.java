package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The report's moment is the earlier of the requested moment and the end of the cut-off day, UK time. */
class CutOffRuleTest {

    private static final LocalDate MEETING = LocalDate.of(2019, 11, 21);

    @Test
    void theCutOffDayEndsAtUkMidnightInWinterAndSummer() {
        assertThat(CutOffRule.endOf(MEETING)).isEqualTo(Instant.parse("2019-11-21T23:59:59.999999Z"));
        assertThat(CutOffRule.endOf(LocalDate.of(2019, 7, 31))).isEqualTo(Instant.parse("2019-07-31T22:59:59.999999Z"));
    }

    @Test
    void theEffectiveMomentIsTheEarlierOfTheRequestedMomentAndTheEndOfTheCutOffDay() {
        Instant signedOff = Instant.parse("2019-11-21T17:00:00Z");
        Instant later = Instant.parse("2019-12-05T00:00:00Z");

        assertThat(CutOffRule.effective(signedOff, MEETING)).isEqualTo(signedOff);
        assertThat(CutOffRule.effective(later, MEETING)).isEqualTo(Instant.parse("2019-11-21T23:59:59.999999Z"));
        assertThat(CutOffRule.effective(later, LocalDate.of(2019, 12, 2)))
                .isEqualTo(Instant.parse("2019-12-02T23:59:59.999999Z"));
    }

    @Test
    void withoutACutOffAReportIsCutOffOnTheUkDayOfItsMoment() {
        assertThat(CutOffRule.defaultCutOff(Instant.parse("2019-11-21T17:00:00Z")))
                .isEqualTo(MEETING);
        assertThat(CutOffRule.defaultCutOff(Instant.parse("2019-06-30T23:30:00Z")))
                .as("British Summer Time")
                .isEqualTo(LocalDate.of(2019, 7, 1));
    }
}
