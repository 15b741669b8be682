package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.bcf.ledger.query.pool.PoolContributionView;
import uk.bcf.ledger.query.pool.PoolLine;
import uk.bcf.ledger.query.pool.PoolView;
import uk.bcf.ledger.query.pool.Pounds;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.SchemeLine;

/**
 * Builds the report's {@link FinanceSection} from a pool's view. The iBCF table holds the lines funded from the
 * iBCF grant and sets the grant (the pool's iBCF income, shown negative) against them; the BCF budget table holds
 * every other line, with a subtotal per commissioner. Amounts are written in £'000 when every line and contribution
 * of the pool was entered in thousands (as board reports print budgets), otherwise in pounds; either way exactly.
 */
final class FinanceSectionFactory {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final String NOT_RECORDED = PublicationSchedule.NOT_RECORDED;

    private FinanceSectionFactory() {}

    static FinanceSection of(PoolView pool, FinancialYear year) {
        boolean thousands = pool.lines().stream().allMatch(line -> line.line().unit() == AmountUnit.THOUSANDS)
                && pool.contributions().stream()
                        .allMatch(contribution -> contribution.contribution().unit() == AmountUnit.THOUSANDS);
        Amounts amounts = new Amounts(thousands);
        String unit = thousands ? "£'000" : "£";
        String thisYear = year.code();
        String nextYear = new FinancialYear(year.startYear() + 1).code();
        List<String> budgetColumns = List.of(thisYear + " budget " + unit, nextYear + " budget " + unit);
        return new FinanceSection(
                unit,
                carryForward(pool, year, amounts),
                budget(pool, amounts, budgetColumns),
                ibcf(pool, amounts, budgetColumns),
                spend(pool, amounts, unit),
                pool.checks().stream()
                        .map(check -> check.name() + ": " + check.result() + ": " + check.reason())
                        .toList());
    }

    private static List<String> carryForward(PoolView pool, FinancialYear year, Amounts amounts) {
        List<String> statements = new ArrayList<>();
        for (PoolContributionView contribution : pool.contributions()) {
            if (contribution.contribution().carriedForwardFrom() != null) {
                statements.add("Underspends of " + amounts.money(contribution.pounds()) + " during "
                        + contribution.contribution().carriedForwardFrom().code() + " have been carried forward into "
                        + year.code() + " ("
                        + contribution.contribution().source().name() + ")"
                        + (contribution.contribution().note() == null
                                ? "."
                                : ": " + contribution.contribution().note()));
            }
        }
        return statements;
    }

    private static FinanceTable budget(PoolView pool, Amounts amounts, List<String> columns) {
        List<PoolLine> lines = lines(pool, line -> line.source() != FundingSource.IBCF);
        List<FinanceRow> rows = lines.stream()
                .map(line -> new FinanceRow(
                        line.line().name(),
                        commissioner(line.line()),
                        Arrays.asList(amounts.of(line.budget()), amounts.of(line.nextYearBudget()))))
                .toList();
        Map<String, List<PoolLine>> byCommissioner = new LinkedHashMap<>();
        lines.forEach(line -> byCommissioner
                .computeIfAbsent(commissioner(line.line()), key -> new ArrayList<>())
                .add(line));
        List<FinanceRow> totals = new ArrayList<>();
        byCommissioner.forEach(
                (commissioner, commissioned) -> totals.add(total("Total " + commissioner, commissioned, amounts)));
        totals.add(total("Total budget", lines, amounts));
        return new FinanceTable("BCF budget by commissioner and scheme", "Commissioner", columns, rows, totals);
    }

    private static FinanceTable ibcf(PoolView pool, Amounts amounts, List<String> columns) {
        List<PoolLine> lines = lines(pool, line -> line.source() == FundingSource.IBCF);
        BigDecimal grant = pool.income().getOrDefault(FundingSource.IBCF.name(), BigDecimal.ZERO);
        BigDecimal committed = Pounds.sum(lines.stream().map(PoolLine::budget).toList());
        List<FinanceRow> rows = lines.stream()
                .map(line -> new FinanceRow(
                        line.line().name(),
                        null,
                        Arrays.asList(amounts.of(line.budget()), amounts.of(line.nextYearBudget()))))
                .toList();
        List<FinanceRow> totals = List.of(
                total("Total committed spend", lines, amounts),
                new FinanceRow("Grant allocation (in year)", null, Arrays.asList(amounts.of(grant.negate()), null)),
                new FinanceRow("Net", null, Arrays.asList(amounts.of(committed.subtract(grant)), null)));
        return new FinanceTable("iBCF committed spend against the grant allocation", null, columns, rows, totals);
    }

    /**
     * Spend to date and outturn per line. A line with no spend recorded shows {@code Not recorded} for its spend,
     * outturn and variance (and no outturn basis), never 0 against its budget (an under-spend that did not happen);
     * the totals of outturn and variance say how many lines they lack, or are not recorded when every line lacks.
     */
    private static FinanceTable spend(PoolView pool, Amounts amounts, String unit) {
        List<FinanceRow> rows = pool.lines().stream()
                .map(line -> line.spendRecorded()
                        ? new FinanceRow(
                                line.line().name(),
                                line.outturnBasis(),
                                Arrays.asList(
                                        amounts.of(line.budget()),
                                        amounts.of(line.spendToDate()),
                                        amounts.of(line.outturn()),
                                        amounts.of(line.variance())))
                        : new FinanceRow(
                                line.line().name(),
                                null,
                                Arrays.asList(amounts.of(line.budget()), NOT_RECORDED, NOT_RECORDED, NOT_RECORDED)))
                .toList();
        long unrecorded =
                pool.lines().stream().filter(line -> !line.spendRecorded()).count();
        boolean none = unrecorded == pool.lines().size();
        String lacking = unrecorded == 0
                ? null
                : none
                        ? NOT_RECORDED
                        : NOT_RECORDED + " for " + unrecorded + " of "
                                + pool.lines().size() + " lines";
        List<FinanceRow> totals = List.of(new FinanceRow(
                "Total",
                null,
                Arrays.asList(
                        amounts.of(pool.totals().budget()),
                        none ? NOT_RECORDED : amounts.of(pool.totals().spendToDate()),
                        lacking == null ? amounts.of(pool.totals().outturn()) : lacking,
                        lacking == null ? amounts.of(pool.totals().variance()) : lacking)));
        return new FinanceTable(
                "Spend to date and outturn against budget (variance: outturn less budget; positive is an overspend)",
                "Outturn from",
                List.of("Budget " + unit, "Spend to date " + unit, "Outturn " + unit, "Variance " + unit),
                rows,
                totals);
    }

    /** Whether any quarter's spend (with or without a forecast) is recorded for the line. */
    private static List<PoolLine> lines(PoolView pool, Predicate<SchemeLine> which) {
        return pool.lines().stream().filter(line -> which.test(line.line())).toList();
    }

    private static FinanceRow total(String label, List<PoolLine> lines, Amounts amounts) {
        boolean anyNext = lines.stream().anyMatch(line -> line.nextYearBudget() != null);
        return new FinanceRow(
                label,
                null,
                Arrays.asList(
                        amounts.of(
                                Pounds.sum(lines.stream().map(PoolLine::budget).toList())),
                        anyNext
                                ? amounts.of(Pounds.sum(lines.stream()
                                        .map(line ->
                                                line.nextYearBudget() == null ? BigDecimal.ZERO : line.nextYearBudget())
                                        .toList()))
                                : null));
    }

    private static String commissioner(SchemeLine line) {
        return line.commissioner() == Commissioner.JOINT
                ? "Joint (NHS " + line.nhsPercent().stripTrailingZeros().toPlainString() + "%)"
                : line.commissioner().name();
    }

    /** Writes pounds in the section's unit. */
    private record Amounts(boolean thousands) {

        String of(BigDecimal pounds) {
            if (pounds == null) {
                return null;
            }
            BigDecimal shown = Pounds.shown(thousands ? pounds.divide(THOUSAND) : pounds);
            return shown.scale() > 0
                    ? String.format("%,." + shown.scale() + "f", shown)
                    : String.format("%,d", shown.toBigIntegerExact());
        }

        String money(BigDecimal pounds) {
            return thousands ? "£" + of(pounds) + "k" : Pounds.text(pounds);
        }
    }
}
