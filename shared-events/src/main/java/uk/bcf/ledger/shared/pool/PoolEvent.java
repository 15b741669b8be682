package uk.bcf.ledger.shared.pool;

import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/** What every event of a pool says: whose pool, which entry of it, the entry's version and its provenance. */
public interface PoolEvent {

    String boardCode();

    FinancialYear year();

    /** The entry's kind and key within the pool, such as a line's ID; see {@link PoolEntryKey}. */
    PoolEntryKey entry();

    /** The entry's version after this event: 1 when first recorded, one more for each change. */
    int version();

    Provenance provenance();
}
