package uk.bcf.ledger.query.pool;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.PoolEntryRepository;
import uk.bcf.ledger.query.projection.PoolEntryRow;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.NationalMinimums;
import uk.bcf.ledger.shared.pool.PoolEntryKey;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.Spend;

/** Reads a pool's entries in force at a moment, withdrawn ones left out, into the calculator's {@link PoolEntries}. */
@Component
public class PoolEntriesLoader {

    private final PoolEntryRepository entries;

    PoolEntriesLoader(PoolEntryRepository entries) {
        this.entries = entries;
    }

    public PoolEntries load(String boardCode, FinancialYear year, AsOf asOf) {
        List<PoolEntries.ContributionEntry> contributions = new ArrayList<>();
        List<PoolEntries.LineEntry> lines = new ArrayList<>();
        List<PoolEntries.SpendEntry> spend = new ArrayList<>();
        NationalMinimums minimums = null;
        for (PoolEntryRow row : entries.validAt(boardCode, year, asOf)) {
            if (row.withdrawn()) {
                continue;
            }
            switch (row.kind()) {
                case PoolEntryKey.CONTRIBUTION ->
                    contributions.add(
                            new PoolEntries.ContributionEntry(row.key(), row.version(), row.value(Contribution.class)));
                case PoolEntryKey.MINIMUMS -> minimums = row.value(NationalMinimums.class);
                case PoolEntryKey.LINE ->
                    lines.add(new PoolEntries.LineEntry(row.key(), row.version(), row.value(SchemeLine.class)));
                case PoolEntryKey.SPEND -> {
                    int slash = row.key().lastIndexOf('/');
                    spend.add(new PoolEntries.SpendEntry(
                            row.key().substring(0, slash),
                            Periods.parse(row.key().substring(slash + 1)),
                            row.version(),
                            row.value(Spend.class)));
                }
                default -> {
                    // a kind this version does not read yet is left out
                }
            }
        }
        return new PoolEntries(contributions, minimums, lines, spend);
    }
}
