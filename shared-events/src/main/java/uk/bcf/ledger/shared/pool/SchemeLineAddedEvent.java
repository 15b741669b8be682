package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/** A scheme line added to a pool's plan, first or again after a withdrawal. */
@Revision("1")
public record SchemeLineAddedEvent(
        String boardCode, FinancialYear year, String lineId, SchemeLine line, int version, Provenance provenance)
        implements PoolEvent {

    @Override
    @JsonIgnore
    public PoolEntryKey entry() {
        return PoolEntryKey.line(lineId);
    }
}
