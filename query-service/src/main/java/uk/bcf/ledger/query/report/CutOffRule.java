package uk.bcf.ledger.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The data cut-off of a report. Nothing stored after the end of the cut-off day, UK time, is in the report: its
 * figures are those known at the earlier of the requested moment and that end. Without a cut-off given, a report is
 * cut off on the day of its moment: today for a current report, the day the sign-off was recorded for a report as of
 * a sign-off (which shows exactly what was known when it was signed off, even for figures back-filled years later).
 */
final class CutOffRule {

    private CutOffRule() {}

    static LocalDate defaultCutOff(Instant moment) {
        return LocalDate.ofInstant(moment, ReportLabels.UK_TIME);
    }

    /** The last instant of the day in the UK, to the read model's microsecond precision. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ReportLabels.UK_TIME).toInstant().minus(1, ChronoUnit.MICROS);
    }

    /** The moment the report's figures are known at. */
    static Instant effective(Instant requested, LocalDate cutOff) {
        Instant end = endOf(cutOff);
        return requested.isAfter(end) ? end : requested;
    }
}
