package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/** The national-condition minimums of a pool set (version 1) or revised (later versions, with a reason). */
@Revision("1")
public record NationalMinimumsSetEvent(
        String boardCode, FinancialYear year, NationalMinimums minimums, int version, Provenance provenance)
        implements PoolEvent {

    @Override
    @JsonIgnore
    public PoolEntryKey entry() {
        return PoolEntryKey.minimums();
    }
}
