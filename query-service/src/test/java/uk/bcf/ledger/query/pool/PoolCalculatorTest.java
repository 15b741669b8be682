package uk.bcf.ledger.query.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.pool.AmountUnit;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.NationalMinimums;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeStatus;
import uk.bcf.ledger.shared.pool.Spend;

/** The national template's checks on passing and failing pools, and the sums and spend they are computed from. */
class PoolCalculatorTest {

    private static final FinancialYear YEAR = FinancialYear.of("2021-22");

    private final List<PoolEntries.ContributionEntry> contributions = new ArrayList<>();
    private final List<PoolEntries.LineEntry> lines = new ArrayList<>();
    private final List<PoolEntries.SpendEntry> spend = new ArrayList<>();
    private NationalMinimums minimums;

    private void contribute(FundingSource source, String pounds) {
        contributions.add(new PoolEntries.ContributionEntry(
                "C" + (contributions.size() + 1),
                1,
                new Contribution(source, null, new BigDecimal(pounds), AmountUnit.POUNDS, null, null)));
    }

    private String line(
            FundingSource source,
            String area,
            String type,
            Commissioner commissioner,
            String nhsPercent,
            String pounds) {
        String id = "L" + (lines.size() + 1);
        lines.add(new PoolEntries.LineEntry(
                id,
                1,
                new SchemeLine(
                        id,
                        "Scheme " + id,
                        null,
                        type,
                        null,
                        type.equals("Other") ? "other" : null,
                        area,
                        commissioner,
                        nhsPercent == null ? null : new BigDecimal(nhsPercent),
                        nhsPercent == null ? null : BigDecimal.valueOf(100).subtract(new BigDecimal(nhsPercent)),
                        "Provider",
                        source,
                        new BigDecimal(pounds),
                        null,
                        AmountUnit.POUNDS,
                        SchemeStatus.EXISTING)));
        return id;
    }

    private PoolView view() {
        return new PoolCalculator()
                .calculate("E09000006", YEAR, null, new PoolEntries(contributions, minimums, lines, spend));
    }

    private static PoolCheck check(PoolView view, String name) {
        return view.checks().stream()
                .filter(check -> check.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** A balanced pool meeting both conditions: NHS minimum 1,000,000, DFG 200,000. */
    private void balancedPool() {
        contribute(FundingSource.NHS_MINIMUM, "1000000");
        contribute(FundingSource.DFG, "200000");
        minimums = new NationalMinimums(new BigDecimal("300000"), new BigDecimal("284170"), AmountUnit.POUNDS);
        line(
                FundingSource.NHS_MINIMUM,
                "Social Care",
                "Home Care or Domiciliary Care",
                Commissioner.LA,
                null,
                "400000");
        line(FundingSource.NHS_MINIMUM, "Community Health", "Carers Services", Commissioner.JOINT, "50", "600000");
        line(FundingSource.DFG, "Social Care", "DFG Related Schemes", Commissioner.LA, null, "200000");
    }

    @Test
    void aBalancedPoolPassesTheRunningBalanceBySource() {
        balancedPool();

        PoolView view = view();

        assertThat(view.income())
                .containsEntry("NHS_MINIMUM", new BigDecimal("1000000"))
                .containsEntry("total", new BigDecimal("1200000"));
        assertThat(view.balance())
                .containsEntry("NHS_MINIMUM", BigDecimal.ZERO)
                .containsEntry("total", BigDecimal.ZERO);
        assertThat(check(view, "BALANCE_NHS_MINIMUM").result()).isEqualTo(CheckResult.PASS);
        assertThat(check(view, "BALANCE_DFG").result()).isEqualTo(CheckResult.PASS);
        assertThat(check(view, "SOURCE_OF_FUNDING").result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void incomeNotPlannedToBeSpentFailsTheBalanceOfItsSource() {
        balancedPool();
        contribute(FundingSource.ADDITIONAL_LA, "806000");

        PoolView view = view();

        assertThat(view.balance()).containsEntry("ADDITIONAL_LA", new BigDecimal("806000"));
        assertThat(check(view, "BALANCE_ADDITIONAL_LA").result()).isEqualTo(CheckResult.FAIL);
        assertThat(check(view, "BALANCE_ADDITIONAL_LA").reason()).contains("£806,000 of income not planned");
    }

    @Test
    void spendBeyondIncomeFailsAndSaysBy() {
        balancedPool();
        line(FundingSource.DFG, "Social Care", "DFG Related Schemes", Commissioner.LA, null, "1.50");

        PoolCheck dfg = check(view(), "BALANCE_DFG");

        assertThat(dfg.result()).isEqualTo(CheckResult.FAIL);
        assertThat(dfg.reason()).contains("£1.50 planned beyond income");
    }

    @Test
    void nc2CountsNhsMinimumSpendOnSocialCareOnly() {
        balancedPool();

        PoolView view = view();

        NationalCondition nc2 = view.nationalConditions().get("nc2");
        assertThat(nc2.planned()).isEqualByComparingTo("400000");
        assertThat(nc2.met()).isTrue();
        assertThat(check(view, "NC2").result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void nc2BelowItsMinimumFailsAndSaysByHowMuch() {
        balancedPool();
        minimums = new NationalMinimums(new BigDecimal("400000.01"), null, AmountUnit.POUNDS);

        PoolView view = view();

        assertThat(view.nationalConditions().get("nc2").met()).isFalse();
        assertThat(check(view, "NC2").result()).isEqualTo(CheckResult.FAIL);
        assertThat(check(view, "NC2").reason()).contains("£0.01 short");
        assertThat(check(view, "NC3").result()).isEqualTo(CheckResult.NOT_ASSESSED);
    }

    @Test
    void nc3CountsTheNhsShareOfJointLinesAndNothingOfLaLines() {
        balancedPool();

        NationalCondition nc3 = view().nationalConditions().get("nc3");

        assertThat(nc3.planned()).isEqualByComparingTo("300000");
        assertThat(nc3.met()).isTrue();
    }

    @Test
    void nc3BelowItsMinimumFails() {
        balancedPool();
        minimums = new NationalMinimums(null, new BigDecimal("300001"), AmountUnit.POUNDS);

        assertThat(check(view(), "NC3").result()).isEqualTo(CheckResult.FAIL);
    }

    @Test
    void minimumsInThousandsAreComparedInPounds() {
        balancedPool();
        minimums = new NationalMinimums(new BigDecimal("400.001"), new BigDecimal("300"), AmountUnit.THOUSANDS);

        PoolView view = view();

        assertThat(check(view, "NC2").result()).isEqualTo(CheckResult.FAIL);
        assertThat(check(view, "NC3").result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void warnsWhenMoreThanFivePercentOfMandatorySpendIsOther() {
        contribute(FundingSource.NHS_MINIMUM, "1000");
        line(FundingSource.NHS_MINIMUM, "Acute", "Carers Services", Commissioner.NHS, null, "949");
        line(FundingSource.NHS_MINIMUM, "Acute", "Other", Commissioner.NHS, null, "51");
        line(FundingSource.ADDITIONAL_LA, "Acute", "Other", Commissioner.LA, null, "5000");

        PoolView view = view();

        assertThat(view.otherPercent()).isEqualByComparingTo("5.1");
        assertThat(check(view, "OTHER_SPEND").result()).isEqualTo(CheckResult.WARNING);
    }

    @Test
    void exactlyFivePercentOtherPasses() {
        contribute(FundingSource.NHS_MINIMUM, "1000");
        line(FundingSource.NHS_MINIMUM, "Acute", "Carers Services", Commissioner.NHS, null, "950");
        line(FundingSource.NHS_MINIMUM, "Acute", "Other", Commissioner.NHS, null, "50");

        assertThat(check(view(), "OTHER_SPEND").result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void spendByTypeGivesPercentagesOfTheTotal() {
        balancedPool();

        List<TypeSpend> byType = view().byType();

        assertThat(byType)
                .extracting(TypeSpend::type)
                .containsExactly("Carers Services", "Home Care or Domiciliary Care", "DFG Related Schemes");
        assertThat(byType)
                .extracting(TypeSpend::percent)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50.0"), new BigDecimal("33.3"), new BigDecimal("16.7"));
    }

    @Test
    void outturnIsTheLatestForecastElseTheSpendToDate() {
        balancedPool();
        spend.add(new PoolEntries.SpendEntry(
                "L1",
                Periods.parse("2021-22-Q1"),
                1,
                new Spend(new BigDecimal("90000"), new BigDecimal("390000"), AmountUnit.POUNDS)));
        spend.add(new PoolEntries.SpendEntry(
                "L1", Periods.parse("2021-22-Q2"), 1, new Spend(new BigDecimal("95000"), null, AmountUnit.POUNDS)));
        spend.add(new PoolEntries.SpendEntry(
                "L2", Periods.parse("2021-22-Q1"), 2, new Spend(new BigDecimal("150"), null, AmountUnit.THOUSANDS)));

        PoolView view = view();

        PoolLine first = view.lines().get(0);
        assertThat(first.spendToDate()).isEqualByComparingTo("185000");
        assertThat(first.outturn()).isEqualByComparingTo("390000");
        assertThat(first.outturnBasis()).isEqualTo(PoolLine.FORECAST);
        assertThat(first.variance()).isEqualByComparingTo("-10000");
        PoolLine second = view.lines().get(1);
        assertThat(second.outturn()).isEqualByComparingTo("150000");
        assertThat(second.outturnBasis()).isEqualTo(PoolLine.SPEND_TO_DATE);
        assertThat(view.totals().spendToDate()).isEqualByComparingTo("335000");
        assertThat(view.totals().linesWithoutSpend()).isEqualTo(1);
        assertThat(view.totals().outturn()).isNull();
        assertThat(view.totals().variance()).isNull();
    }

    @Test
    void aLineWithNoSpendRecordedHasNoSpendOutturnOrVarianceRatherThanNothingSpent() {
        balancedPool();

        PoolView view = view();

        assertThat(view.lines()).allSatisfy(line -> {
            assertThat(line.spendRecorded()).isFalse();
            assertThat(line.spendToDate()).isNull();
            assertThat(line.outturn()).isNull();
            assertThat(line.outturnBasis()).isNull();
            assertThat(line.variance()).isNull();
        });
        assertThat(view.totals().spendToDate()).isNull();
        assertThat(view.totals().linesWithoutSpend()).isEqualTo(3);
    }

    @Test
    void theTotalsOutturnAndVarianceOnceEveryLineHasSpend() {
        balancedPool();
        for (String line : List.of("L1", "L2", "L3")) {
            spend.add(new PoolEntries.SpendEntry(
                    line,
                    Periods.parse("2021-22-Q1"),
                    1,
                    new Spend(new BigDecimal("100000"), null, AmountUnit.POUNDS)));
        }

        PoolTotals totals = view().totals();

        assertThat(totals.linesWithoutSpend()).isZero();
        assertThat(totals.spendToDate()).isEqualByComparingTo("300000");
        assertThat(totals.outturn()).isEqualByComparingTo("300000");
        assertThat(totals.variance()).isEqualByComparingTo(totals.outturn().subtract(totals.budget()));
    }

    @Test
    void anOutturnBelowAConditionsMinimumIsAnUnderSpend() {
        balancedPool();
        spend.add(new PoolEntries.SpendEntry(
                "L1",
                Periods.parse("2021-22-Q1"),
                1,
                new Spend(new BigDecimal("100000"), new BigDecimal("250000"), AmountUnit.POUNDS)));

        PoolView view = view();

        assertThat(view.nationalConditions().get("nc2").underSpend()).isEqualByComparingTo("50000");
        assertThat(check(view, "NC2_UNDERSPEND").result()).isEqualTo(CheckResult.WARNING);
    }

    @Test
    void aLineWithNoSpendRecordedLeavesItsConditionsUnderSpendNotAssessed() {
        balancedPool();
        spend.add(new PoolEntries.SpendEntry(
                "L1",
                Periods.parse("2021-22-Q1"),
                1,
                new Spend(new BigDecimal("100000"), new BigDecimal("400000"), AmountUnit.POUNDS)));

        PoolView view = view();

        assertThat(check(view, "NC2_UNDERSPEND").result()).isEqualTo(CheckResult.PASS);
        assertThat(view.nationalConditions().get("nc2").underSpend()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(check(view, "NC3_UNDERSPEND").result())
                .as("the Carers Services line counts towards NC3 and has no spend: not an under-spend of its budget")
                .isEqualTo(CheckResult.NOT_ASSESSED);
        assertThat(check(view, "NC3_UNDERSPEND").reason())
                .isEqualTo("no spend recorded for 1 of the 2 lines that count towards NC3: under-spend not assessed"
                        + " until each has its spend");
        assertThat(view.nationalConditions().get("nc3").underSpend()).isNull();
    }

    @Test
    void linesWithoutASourceFailTheFundingCheck() {
        contributions.clear();
        lines.add(new PoolEntries.LineEntry(
                "L1",
                1,
                new SchemeLine(
                        null,
                        "Reablement capacity",
                        null,
                        null,
                        null,
                        null,
                        null,
                        Commissioner.LA,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("870"),
                        new BigDecimal("887"),
                        AmountUnit.THOUSANDS,
                        null)));

        PoolView view = view();

        assertThat(view.expenditure()).containsEntry("UNSPECIFIED", new BigDecimal("870000"));
        assertThat(view.totals().nextYearBudget()).isEqualByComparingTo("887000");
        assertThat(check(view, "SOURCE_OF_FUNDING").result()).isEqualTo(CheckResult.FAIL);
        assertThat(view.byType()).extracting(TypeSpend::type).containsExactly(PoolCalculator.NO_TYPE);
    }
}
