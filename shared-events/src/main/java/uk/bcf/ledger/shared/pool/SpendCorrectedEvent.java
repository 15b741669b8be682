package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/** A quarter's spend replaced by a corrected version; the provenance carries the reason. */
@Revision("1")
public record SpendCorrectedEvent(
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
