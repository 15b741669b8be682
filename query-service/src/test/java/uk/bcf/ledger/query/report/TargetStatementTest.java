package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.report.BromleyData.ACTUALS;
import static uk.bcf.ledger.query.report.BromleyData.PLANS;
import static uk.bcf.ledger.query.report.BromleyData.SCOPE;
import static uk.bcf.ledger.query.report.BromleyData.data;
import static uk.bcf.ledger.query.report.BromleyData.figure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** The target statement of a metric, from its plans, the year before's and each plan's history. */
class TargetStatementTest {

    @Test
    void aDailyRateTargetSaysHowItChangedFromTheYearBefore() {
        assertThat(TargetStatement.of(data("DTOC"), SCOPE))
                .isEqualTo("For 2019-20 the target is 12.5 bed days per day, increased from 10.31 (2018-19).");
        assertThat(TargetStatement.of(dtocAfterPriorTarget("13"), SCOPE))
                .isEqualTo("For 2019-20 the target is 12.5 bed days per day, decreased from 13 (2018-19).");
        assertThat(TargetStatement.of(dtocAfterPriorTarget("12.50"), SCOPE))
                .isEqualTo("For 2019-20 the target is 12.5 bed days per day, unchanged at 12.5 (2018-19).");
    }

    @Test
    void aDailyRateTargetWithoutOneTheYearBeforeIsStatedAlone() {
        assertThat(TargetStatement.of(data("DTOC", ACTUALS, PLANS, List.of(), List.of(), Map.of()), SCOPE))
                .isEqualTo("For 2019-20 the target is 12.5 bed days per day.");
    }

    @Test
    void otherPlansAreListedByQuarterOrForTheYearWithTheirComponents() {
        assertThat(TargetStatement.of(data("NEL"), SCOPE)).isEqualTo("Plan 2019-20: 6,589 (Q1), 6,659 (Q2).");
        assertThat(TargetStatement.of(data("RES_ADM_65"), SCOPE)).isEqualTo("Plan 2019-20: 425.2 (245 admsns).");
        assertThat(TargetStatement.of(data("REABLEMENT_91"), SCOPE)).isEqualTo("Plan 2019-20: 90.1% (446/495).");
    }

    @Test
    void aPlanRevisedWithinTheYearSaysFromWhatWhenAndWhy() {
        Period secondQuarter = Period.parse("2019-20-Q2");
        List<PlanVersion> history = List.of(
                new PlanVersion("set", Measurement.count(6700), null, Instant.parse("2019-04-10T09:00:00Z")),
                new PlanVersion(
                        "revised",
                        Measurement.count(6659),
                        "re-profiled for winter",
                        Instant.parse("2019-06-03T09:00:00Z")));

        assertThat(TargetStatement.of(data("NEL", List.of(), List.of(), Map.of(secondQuarter, history)), SCOPE))
                .isEqualTo("Plan 2019-20: 6,589 (Q1), 6,659 (Q2). "
                        + "The Q2 plan was revised from 6,700 on 3 June 2019 (re-profiled for winter).");
    }

    private static MetricData dtocAfterPriorTarget(String perDay) {
        return data(
                "DTOC",
                ACTUALS,
                PLANS,
                List.of(),
                List.of(figure("DTOC", "2018-19", Measurement.perDay(new BigDecimal(perDay)))),
                Map.of());
    }
}
