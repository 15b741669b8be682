package uk.bcf.ledger.shared.event;

import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/** What every plan and actual event says: which figure, which version of it, and its provenance. */
public interface FigureEvent {

    String boardCode();

    String metric();

    Period period();

    /** The figure's version after this event: 1 when first recorded, one more for each change. */
    int version();

    Provenance provenance();
}
