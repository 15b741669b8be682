package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.NationalMinimums;
import uk.bcf.ledger.shared.pool.SchemeLine;

/**
 * Computes a pool's view from its entries: the sums by source, the national conditions, spend by scheme type, the
 * lines' spend and every check ({@link BalanceRule}, {@link NationalConditionRule}, {@link OtherSpendRule}). Sums
 * are exact; an amount computed with a joint line's NHS share is shown rounded half up to whole pence, and compared
 * unrounded.
 */
public final class PoolCalculator {

    /** The key of lines that name no source of funding, in the expenditure by source. */
    public static final String UNSPECIFIED = "UNSPECIFIED";
    /** The key of the sum over all sources. */
    public static final String TOTAL = "total";
    /** The scheme type of lines that have none (years without a national list). */
    public static final String NO_TYPE = "(no scheme type)";

    public PoolView calculate(String board, FinancialYear year, Instant asOf, PoolEntries entries) {
        List<PoolLine> lines = new PoolLineFactory().lines(entries);
        Map<String, BigDecimal> income = bySource(entries.contributions().stream()
                .map(entry -> Map.entry(
                        entry.contribution().source().name(),
                        entry.contribution().pounds()))
                .toList());
        Map<String, BigDecimal> expenditure = bySource(lines.stream()
                .map(line -> Map.entry(
                        line.line().source() == null
                                ? UNSPECIFIED
                                : line.line().source().name(),
                        line.budget()))
                .toList());
        List<PoolCheck> checks = new ArrayList<>();
        Map<String, BigDecimal> balance = new LinkedHashMap<>();
        for (FundingSource source : FundingSource.values()) {
            BigDecimal in = income.get(source.name());
            BigDecimal out = expenditure.get(source.name());
            if (in != null || out != null) {
                in = in == null ? BigDecimal.ZERO : in;
                out = out == null ? BigDecimal.ZERO : out;
                balance.put(source.name(), Pounds.shown(in.subtract(out)));
                checks.add(BalanceRule.check(source.name(), in, out));
            }
        }
        balance.put(TOTAL, Pounds.shown(income.get(TOTAL).subtract(expenditure.get(TOTAL))));
        List<PoolLine> unfunded =
                lines.stream().filter(line -> line.line().source() == null).toList();
        checks.add(BalanceRule.everyLineFunded(
                unfunded.stream().map(PoolLine::lineId).toList(), total(unfunded, PoolLine::budget)));

        NationalMinimums minimums = entries.minimums();
        Map<String, NationalCondition> conditions = new LinkedHashMap<>();
        conditions.put(
                "nc2",
                condition(
                        "NC2",
                        "NHS-minimum spend on social care",
                        minimums == null ? null : minimums.nc2Pounds(),
                        lines,
                        PoolCalculator::countsTowardsNc2,
                        line -> BigDecimal.ONE,
                        checks));
        conditions.put(
                "nc3",
                condition(
                        "NC3",
                        "NHS-minimum spend commissioned by the NHS",
                        minimums == null ? null : minimums.nc3Pounds(),
                        lines,
                        PoolCalculator::fromNhsMinimum,
                        line -> line.line().nhsShare(),
                        checks));

        List<PoolLine> mandatory = lines.stream()
                .filter(line ->
                        line.line().source() != null && line.line().source().mandatory())
                .toList();
        BigDecimal mandatorySpend = total(mandatory, PoolLine::budget);
        BigDecimal otherSpend = total(
                mandatory.stream()
                        .filter(line -> SchemeLine.OTHER.equals(line.line().type()))
                        .toList(),
                PoolLine::budget);
        checks.add(OtherSpendRule.check(otherSpend, mandatorySpend));

        return new PoolView(
                board,
                year.code(),
                asOf,
                shown(income),
                shown(expenditure),
                balance,
                conditions,
                byType(lines, expenditure.get(TOTAL)),
                Pounds.percent(otherSpend, mandatorySpend),
                lines,
                totals(lines),
                entries.contributions().stream()
                        .map(entry -> new PoolContributionView(
                                entry.id(),
                                entry.version(),
                                entry.contribution(),
                                Pounds.shown(entry.contribution().pounds())))
                        .toList(),
                minimums,
                checks);
    }

    private static boolean fromNhsMinimum(PoolLine line) {
        return line.line().source() == FundingSource.NHS_MINIMUM;
    }

    private static boolean countsTowardsNc2(PoolLine line) {
        return fromNhsMinimum(line) && SchemeLine.SOCIAL_CARE.equals(line.line().areaOfSpend());
    }

    private static NationalCondition condition(
            String name,
            String counts,
            BigDecimal minimum,
            List<PoolLine> lines,
            Predicate<PoolLine> countsTowards,
            Function<PoolLine, BigDecimal> share,
            List<PoolCheck> checks) {
        List<PoolLine> counted = lines.stream().filter(countsTowards).toList();
        BigDecimal planned = total(counted, line -> line.budget().multiply(share.apply(line)));
        List<PoolLine> spent = counted.stream().filter(PoolLine::spendRecorded).toList();
        BigDecimal outturn = total(spent, line -> line.outturn().multiply(share.apply(line)));
        long unrecorded = counted.size() - spent.size();
        checks.add(NationalConditionRule.plan(name, counts, minimum, planned));
        checks.add(NationalConditionRule.outturn(name, minimum, outturn, unrecorded, counted.size()));
        return NationalConditionRule.condition(minimum, planned, outturn, unrecorded == 0);
    }

    private static List<TypeSpend> byType(List<PoolLine> lines, BigDecimal total) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (PoolLine line : lines) {
            String type = line.line().type() == null ? NO_TYPE : line.line().type();
            amounts.merge(type, line.budget(), BigDecimal::add);
        }
        return amounts.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new TypeSpend(
                        entry.getKey(), Pounds.shown(entry.getValue()), Pounds.percent(entry.getValue(), total)))
                .toList();
    }

    private static PoolTotals totals(List<PoolLine> lines) {
        BigDecimal budget = total(lines, PoolLine::budget);
        boolean anyNextYear = lines.stream().anyMatch(line -> line.nextYearBudget() != null);
        List<PoolLine> spent = lines.stream().filter(PoolLine::spendRecorded).toList();
        int without = lines.size() - spent.size();
        BigDecimal outturn = without == 0 ? total(lines, PoolLine::outturn) : null;
        return new PoolTotals(
                Pounds.shown(budget),
                anyNextYear
                        ? Pounds.shown(total(
                                lines, line -> line.nextYearBudget() == null ? BigDecimal.ZERO : line.nextYearBudget()))
                        : null,
                spent.isEmpty() ? null : Pounds.shown(total(spent, PoolLine::spendToDate)),
                Pounds.shown(outturn),
                outturn == null ? null : Pounds.shown(outturn.subtract(budget)),
                without);
    }

    private static Map<String, BigDecimal> bySource(List<Map.Entry<String, BigDecimal>> amounts) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (FundingSource source : FundingSource.values()) {
            amounts.stream()
                    .filter(amount -> amount.getKey().equals(source.name()))
                    .forEach(amount -> sums.merge(source.name(), amount.getValue(), BigDecimal::add));
        }
        amounts.stream()
                .filter(amount -> amount.getKey().equals(UNSPECIFIED))
                .forEach(amount -> sums.merge(UNSPECIFIED, amount.getValue(), BigDecimal::add));
        sums.put(TOTAL, Pounds.sum(amounts.stream().map(Map.Entry::getValue).toList()));
        return sums;
    }

    private static Map<String, BigDecimal> shown(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        amounts.forEach((key, amount) -> shown.put(key, Pounds.shown(amount)));
        return shown;
    }

    private static <T> BigDecimal total(List<T> items, Function<T, BigDecimal> amount) {
        return Pounds.sum(items.stream().map(amount).toList());
    }
}
