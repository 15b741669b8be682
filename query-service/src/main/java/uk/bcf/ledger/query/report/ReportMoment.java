package uk.bcf.ledger.query.report;

import java.time.Instant;
import java.time.LocalDate;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.SignOffRow;

/**
 * The moment a report's figures stand for, and why.
 *
 * @param effective the earlier of the requested moment and the end of the cut-off day
 * @param cutOff    the data cut-off date
 * @param signOff   the sign-off of the report's quarter known at the requested moment whose meeting was by the
 *                  cut-off, or null
 * @param present   whether the figures stand for the present (no {@code asOf}, and not cut off before now): the
 *                  moment is the clock's, and the same figures would stand a moment later
 */
record ReportMoment(Instant effective, LocalDate cutOff, SignOffRow signOff, boolean present) {

    AsOf asOf() {
        return AsOf.at(effective);
    }

    /**
     * The date the report speaks at, for publication schedules: the meeting date for a report standing at its
     * sign-off (what the meeting was told, even when the figures were back-filled into this service later), and
     * the cut-off otherwise.
     */
    LocalDate reportingDate() {
        return signOff != null && !signedOffBefore() ? signOff.meetingDate() : cutOff;
    }

    /** Whether figures may have been restated between the sign-off and the effective moment. */
    boolean signedOffBefore() {
        return signOff != null && signOff.recordedAt().isBefore(effective);
    }
}
