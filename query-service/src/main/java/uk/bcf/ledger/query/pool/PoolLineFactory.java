package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.bcf.ledger.shared.pool.Spend;

/**
 * Builds each line's {@link PoolLine}: its budgets in pounds, its quarters' spend in order, the spend to date (their
 * sum), the outturn (the forecast given at the latest quarter that has one, else the spend to date) and the
 * variance of the outturn against the budget. A line with no quarter's spend recorded has none of the three (not
 * recorded is not nothing spent: its variance is not minus its budget).
 */
final class PoolLineFactory {

    List<PoolLine> lines(PoolEntries entries) {
        Map<String, List<PoolEntries.SpendEntry>> spendByLine =
                entries.spend().stream().collect(Collectors.groupingBy(PoolEntries.SpendEntry::lineId));
        return entries.lines().stream()
                .map(entry -> line(entry, spendByLine.getOrDefault(entry.lineId(), List.of())))
                .toList();
    }

    private static PoolLine line(PoolEntries.LineEntry entry, List<PoolEntries.SpendEntry> spend) {
        List<PoolEntries.SpendEntry> quarters = spend.stream()
                .sorted(Comparator.comparing(quarter -> quarter.period().code()))
                .toList();
        BigDecimal budget = entry.line().pounds();
        BigDecimal spendToDate = Pounds.sum(
                quarters.stream().map(quarter -> quarter.spend().actualPounds()).toList());
        BigDecimal forecast = quarters.stream()
                .map(PoolEntries.SpendEntry::spend)
                .map(Spend::forecastPounds)
                .filter(amount -> amount != null)
                .reduce((earlier, later) -> later)
                .orElse(null);
        boolean recorded = !quarters.isEmpty();
        BigDecimal outturn = forecast == null ? spendToDate : forecast;
        return new PoolLine(
                entry.lineId(),
                entry.version(),
                entry.line(),
                Pounds.shown(budget),
                Pounds.shown(entry.line().nextYearPounds()),
                quarters.stream()
                        .map(quarter -> new QuarterSpend(
                                quarter.period().code(),
                                quarter.version(),
                                Pounds.shown(quarter.spend().actualPounds()),
                                Pounds.shown(quarter.spend().forecastPounds())))
                        .toList(),
                recorded ? Pounds.shown(spendToDate) : null,
                recorded ? Pounds.shown(outturn) : null,
                recorded ? (forecast == null ? PoolLine.SPEND_TO_DATE : PoolLine.FORECAST) : null,
                recorded ? Pounds.shown(outturn.subtract(budget)) : null);
    }
}
