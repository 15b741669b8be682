package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Period;

/** A quarter's spend withdrawn; the provenance carries the reason. */
@Revision("1")
public record SpendWithdrawnEvent(
        String boardCode, FinancialYear year, String lineId, Period period, int version, Provenance provenance)
        implements PoolEvent {

    @Override
    @JsonIgnore
    public PoolEntryKey entry() {
        return PoolEntryKey.spend(lineId, period);
    }
}
