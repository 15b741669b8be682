package uk.bcf.ledger.command.figures;

import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * When a figure may be recorded, changed or withdrawn: a figure is recorded once (then corrected, with a reason),
 * a withdrawn figure is not corrected but recorded anew, a change must change something, and a change made against
 * a version read earlier is refused once the figure has moved on.
 */
final class RevisionPolicy {

    private RevisionPolicy() {}

    static void checkNew(String what, FigureState current) {
        if (current != null && current.active()) {
            throw Refusal.conflict(
                    "period",
                    what + " is already recorded (version " + current.version()
                            + "); send a correction with a reason instead");
        }
    }

    static String checkChange(
            String what, FigureState current, Integer expectedVersion, Measurement replacement, String reason) {
        String checkedReason = TextRules.required("reason", reason, TextRules.MAX_REASON);
        requireActive(what, current);
        requireExpectedVersion(what, current, expectedVersion);
        if (current.measurement().sameFigureAs(replacement)) {
            throw Refusal.invalid("value", "the change is identical to version " + current.version() + " of " + what);
        }
        return checkedReason;
    }

    static String checkWithdrawal(String what, FigureState current, Integer expectedVersion, String reason) {
        String checkedReason = TextRules.required("reason", reason, TextRules.MAX_REASON);
        requireActive(what, current);
        requireExpectedVersion(what, current, expectedVersion);
        return checkedReason;
    }

    /** A change made against a version the client read (If-Match) must still find that version current. */
    private static void requireExpectedVersion(String what, FigureState current, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw Refusal.conflict(
                    "If-Match",
                    what + " is at version " + current.version() + ", not " + expectedVersion
                            + "; someone changed it since you read it: reload it and decide again");
        }
    }

    private static void requireActive(String what, FigureState current) {
        if (current == null) {
            throw Refusal.notFound("period", what + " has not been recorded");
        }
        if (!current.active()) {
            throw Refusal.conflict(
                    "period",
                    what + " was withdrawn (version " + current.version()
                            + "); record it anew instead of correcting it");
        }
    }
}
