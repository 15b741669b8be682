package uk.bcf.ledger.shared.pool;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.FinancialYear;

/** A funding contribution recorded in a pool, first or again after a withdrawal. */
@Revision("1")
public record ContributionRecordedEvent(
        String boardCode,
        FinancialYear year,
        String contributionId,
        Contribution contribution,
        int version,
        Provenance provenance)
        implements PoolEvent {

    @Override
    @JsonIgnore
    public PoolEntryKey entry() {
        return PoolEntryKey.contribution(contributionId);
    }
}
