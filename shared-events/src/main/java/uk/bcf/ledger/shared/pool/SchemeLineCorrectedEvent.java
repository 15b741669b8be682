package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/** A scheme line replaced by a corrected version; the provenance carries the reason. */
@Revision("1")
public record SchemeLineCorrectedEvent(
        String boardCode, FinancialYear year, String lineId, SchemeLine line, int version, Provenance provenance)
        implements PoolEvent {

    @Override
    @JsonIgnore
    public PoolEntryKey entry() {
        return PoolEntryKey.line(lineId);
    }
}
