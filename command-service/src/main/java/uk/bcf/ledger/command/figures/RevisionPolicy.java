package uk.bcf.ledger.command.figures;

import uk.bcf.ledger.command.rules.RuleViolation;
import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * When a figure may be recorded, changed or withdrawn: a figure is recorded once (then corrected, with a reason),
 * a withdrawn figure is not corrected but recorded anew, and a change must change something.
 */
final class RevisionPolicy {

    private RevisionPolicy() {
    }

    static void checkNew(String what, FigureState current) {
        if (current != null && current.active()) {
            throw RuleViolation.conflict("period", what + " is already recorded (version " + current.version()
                    + "); send a correction with a reason instead");
        }
    }

    static String checkChange(String what, FigureState current, Measurement replacement, String reason) {
        String checkedReason = TextRules.required("reason", reason, TextRules.MAX_REASON);
        requireActive(what, current);
        if (current.measurement().sameFigureAs(replacement)) {
            throw RuleViolation.invalid("value", "the change is identical to version " + current.version() + " of " + what);
        }
        return checkedReason;
    }

    static String checkWithdrawal(String what, FigureState current, String reason) {
        String checkedReason = TextRules.required("reason", reason, TextRules.MAX_REASON);
        requireActive(what, current);
        return checkedReason;
    }

    private static void requireActive(String what, FigureState current) {
        if (current == null) {
            throw RuleViolation.notFound("period", what + " has not been recorded");
        }
        if (!current.active()) {
            throw RuleViolation.conflict("period", what + " was withdrawn (version " + current.version()
                    + "); record it anew instead of correcting it");
        }
    }
}
