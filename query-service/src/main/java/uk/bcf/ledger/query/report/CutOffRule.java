package uk.bcf.ledger.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.bcf.ledger.query.readmodel.SignOffRow;

/**
 * The data cut-off of a report. Nothing stored after the end of the cut-off day, UK time, is in the report: its
 * figures are those known at the earlier of the requested moment and that end. Without a cut-off given, a report
 * asked for as of a moment at which its quarter was signed off is cut off at the meeting date, so that it shows what
 * the meeting was shown; any other report is cut off on the day of its moment (today, for a current report).
 */
final class CutOffRule {

    private CutOffRule() {
    }

    static LocalDate defaultCutOff(boolean momentGiven, Optional<SignOffRow> signOffThen, LocalDate today) {
        if (momentGiven && signOffThen.isPresent()) {
            return signOffThen.get().meetingDate();
        }
        return today;
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
