package uk.bcf.ledger.query.report;

import java.time.Instant;
import uk.bcf.ledger.query.projection.FigureVersionRow;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * One version of a plan, as a target statement needs it.
 *
 * @param change   {@code set} or {@code revised}
 * @param supplied the plan as supplied
 * @param reason   why it was revised, or null
 * @param storedAt when it was stored
 */
record PlanVersion(String change, Measurement supplied, String reason, Instant storedAt) {

    static PlanVersion of(FigureVersionRow row) {
        return new PlanVersion(row.change(), row.measurement(), row.reason(), row.systemFrom());
    }
}
