package uk.bcf.ledger.query.pool;

import java.util.List;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.NationalMinimums;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.Spend;

/**
 * The entries of one pool in force at a moment, withdrawn ones left out: the input of {@link PoolCalculator}.
 *
 * @param minimums the national minimums, or null when none are set
 */
public record PoolEntries(
        List<ContributionEntry> contributions,
        NationalMinimums minimums,
        List<LineEntry> lines,
        List<SpendEntry> spend) {

    /** A contribution and its version. */
    public record ContributionEntry(String id, int version, Contribution contribution) {}

    /** A scheme line and its version. */
    public record LineEntry(String lineId, int version, SchemeLine line) {}

    /** A line's spend in one quarter and its version. */
    public record SpendEntry(String lineId, Period period, int version, Spend spend) {}

    public PoolEntries {
        contributions = List.copyOf(contributions);
        lines = List.copyOf(lines);
        spend = List.copyOf(spend);
    }

    public boolean isEmpty() {
        return contributions.isEmpty() && minimums == null && lines.isEmpty() && spend.isEmpty();
    }
}
