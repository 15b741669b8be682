package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/** A scheme line's spend in one quarter recorded, first or again after a withdrawal. */
@Revision("1")
public record SpendRecordedEvent(
        String boardCode,
        FinancialYear year,
        String lineId,
        Period period,
        Spend spend,
        int version,
        Provenance provenance)
        implements PoolEvent {

    @Override
    @JsonIgnore
    public PoolEntryKey entry() {
        return PoolEntryKey.spend(lineId, period);
    }
}
