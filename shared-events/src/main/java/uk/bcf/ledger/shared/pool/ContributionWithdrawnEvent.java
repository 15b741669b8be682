package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/** A contribution withdrawn from the pool; the provenance carries the reason. */
@Revision("1")
public record ContributionWithdrawnEvent(
        String boardCode, FinancialYear year, String contributionId, int version, Provenance provenance)
        implements PoolEvent {

    @Override
    @JsonIgnore
    public PoolEntryKey entry() {
        return PoolEntryKey.contribution(contributionId);
    }
}
