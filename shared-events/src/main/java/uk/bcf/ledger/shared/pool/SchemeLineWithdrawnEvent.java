package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/** A scheme line withdrawn from a pool's plan; the provenance carries the reason. */
@Revision("1")
public record SchemeLineWithdrawnEvent(
        String boardCode, FinancialYear year, String lineId, int version, Provenance provenance) implements PoolEvent {

    @Override
    @JsonIgnore
    public PoolEntryKey entry() {
        return PoolEntryKey.line(lineId);
    }
}
