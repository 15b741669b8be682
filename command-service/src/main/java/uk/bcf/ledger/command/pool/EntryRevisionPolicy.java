package uk.bcf.ledger.command.pool;

import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * When an entry of a pool may be changed or withdrawn, as for figures: it must exist and be active, a reason is
 * required, a change must change something, and a change made against a version read earlier ({@code If-Match})
 * is refused once the entry has moved on.
 */
final class EntryRevisionPolicy {

    private EntryRevisionPolicy() {}

    static void checkNew(String field, String what, EntryState<?> current) {
        if (current != null && current.active()) {
            throw Refusal.conflict(
                    field,
                    what + " is already recorded (version " + current.version()
                            + "); send a correction with a reason instead");
        }
    }

    static <T> String checkChange(
            String field, String what, EntryState<T> current, Integer expectedVersion, T replacement, String reason) {
        String checked = checkWithdrawal(field, what, current, expectedVersion, reason);
        if (current.value().equals(replacement)) {
            throw Refusal.invalid(field, "the change is identical to version " + current.version() + " of " + what);
        }
        return checked;
    }

    static String checkWithdrawal(
            String field, String what, EntryState<?> current, Integer expectedVersion, String reason) {
        String checked = TextRules.required("reason", reason, TextRules.MAX_REASON);
        if (current == null) {
            throw Refusal.notFound(field, what + " has not been recorded");
        }
        if (!current.active()) {
            throw Refusal.conflict(field, what + " was withdrawn (version " + current.version() + ")");
        }
        checkExpectedVersion(what, current, expectedVersion);
        return checked;
    }

    static void checkExpectedVersion(String what, EntryState<?> current, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw Refusal.conflict(
                    "If-Match",
                    what + " is at version " + current.version() + ", not " + expectedVersion
                            + "; someone changed it since you read it: reload it and decide again");
        }
    }
}
