package uk.bcf.ledger.query.report;

import java.util.List;

/**
 * The report's finance section, from the board's pooled budget for the report's year as known at the report's
 * moment: the carry-forward statement, the BCF budget by commissioner and scheme for this year and the next, the
 * iBCF committed spend against the grant allocation (netting to zero when fully committed), and spend to date and
 * outturn against budget per scheme with variances; then every check of the pool, with its reason.
 *
 * @param unit         how the amounts are written: {@code £'000} when the pool was entered in thousands, else {@code £}
 * @param carryForward what was carried forward into the year, in words; empty when nothing was
 * @param checks       each check as {@code NAME: RESULT: reason}
 */
public record FinanceSection(
        String unit,
        List<String> carryForward,
        FinanceTable budget,
        FinanceTable ibcf,
        FinanceTable spend,
        List<String> checks) {

    public FinanceSection {
        carryForward = List.copyOf(carryForward);
        checks = List.copyOf(checks);
    }
}
