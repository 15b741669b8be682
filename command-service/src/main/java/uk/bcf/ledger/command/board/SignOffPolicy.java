package uk.bcf.ledger.command.board;

import java.time.LocalDate;
import java.util.Set;
import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.command.SignOffQuarterCommand;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.PeriodKind;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * When a quarter's report can be signed off: once per quarter, at a meeting held after the quarter ended and not
 * in the future, by someone named.
 */
final class SignOffPolicy {

    private static final int MAX_SIGNED_OFF_BY = 200;

    private SignOffPolicy() {}

    static void check(SignOffQuarterCommand command, Set<Period> signedOffQuarters, LocalDate today) {
        Period period = command.period();
        if (period == null || period.kind() != PeriodKind.QUARTER) {
            throw Refusal.invalid("period", "a sign-off is for a quarter, such as 2019-20-Q2");
        }
        if (command.meetingDate() == null) {
            throw Refusal.invalid("meetingDate", "is required");
        }
        if (!command.meetingDate().isAfter(period.lastDay())) {
            throw Refusal.invalid("meetingDate", "must be after the quarter ended (" + period.lastDay() + ")");
        }
        if (command.meetingDate().isAfter(today)) {
            throw Refusal.invalid("meetingDate", "must not be in the future");
        }
        TextRules.required("signedOffBy", command.signedOffBy(), MAX_SIGNED_OFF_BY);
        if (signedOffQuarters.contains(period)) {
            throw Refusal.conflict("period", period.code() + " has already been signed off");
        }
    }
}
