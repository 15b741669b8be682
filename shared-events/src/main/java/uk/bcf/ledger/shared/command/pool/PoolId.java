package uk.bcf.ledger.shared.command.pool;

import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * Identifies the pooled budget of one board in one financial year, e.g. {@code E09000006/pool/2019-20}: the
 * consistency boundary of its contributions, minimums, lines and spend (docs/adr/0016-pooled-budget.md). The
 * lower-case {@code pool} cannot be a metric code, so a pool never shares an identifier with a metric's ledger.
 */
public final class PoolId {

    private PoolId() {}

    public static String of(String boardCode, FinancialYear year) {
        return boardCode + "/pool/" + year.code();
    }
}
