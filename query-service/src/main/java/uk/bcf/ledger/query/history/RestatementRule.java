package uk.bcf.ledger.query.history;

import java.time.Instant;
import java.util.List;
import uk.bcf.ledger.query.projection.SignOffRow;
import uk.bcf.ledger.shared.period.Period;

/**
 * When a version of a figure restates what a board was shown. A sign-off of a quarter reported every figure whose
 * period it includes or covers: a month or the quarter itself inside it, and the year it belongs to. A version
 * stored after such a sign-off restates the figure if the figure already existed (had a version) at that
 * sign-off; the first recording of a figure after a sign-off changes nothing that was reported.
 */
final class RestatementRule {

    private final Period figurePeriod;
    private final List<SignOffRow> signOffs;
    private final Instant firstStoredAt;

    /**
     * @param figurePeriod  the figure's period
     * @param signOffs      the board's sign-offs
     * @param firstStoredAt when the figure's first version was stored
     */
    RestatementRule(Period figurePeriod, List<SignOffRow> signOffs, Instant firstStoredAt) {
        this.figurePeriod = figurePeriod;
        this.signOffs = List.copyOf(signOffs);
        this.firstStoredAt = firstStoredAt;
    }

    /** Whether the version stored at {@code storedAt} is a restatement. */
    boolean restates(Instant storedAt) {
        return signOffs.stream().anyMatch(signOff -> reported(signOff) && storedAt.isAfter(signOff.recordedAt()));
    }

    private boolean reported(SignOffRow signOff) {
        boolean covered = signOff.period().contains(figurePeriod) || figurePeriod.contains(signOff.period());
        return covered && !firstStoredAt.isAfter(signOff.recordedAt());
    }
}
