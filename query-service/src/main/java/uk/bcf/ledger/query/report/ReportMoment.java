package uk.bcf.ledger.query.report;

import java.time.Instant;
import java.time.LocalDate;
import uk.bcf.ledger.query.readmodel.SignOffRow;
import uk.bcf.ledger.shared.query.AsOf;

/**
 * The moment a report's figures stand for, and why.
 *
 * @param effective the earlier of the requested moment and the end of the cut-off day
 * @param cutOff    the data cut-off date
 * @param signOff   the sign-off of the report's quarter known at the requested moment whose meeting was by the
 *                  cut-off, or null
 */
record ReportMoment(Instant effective, LocalDate cutOff, SignOffRow signOff) {

    AsOf asOf() {
        return AsOf.at(effective);
    }

    /** Whether figures may have been restated between the sign-off and the effective moment. */
    boolean signedOffBefore() {
        return signOff != null && signOff.recordedAt().isBefore(effective);
    }
}
