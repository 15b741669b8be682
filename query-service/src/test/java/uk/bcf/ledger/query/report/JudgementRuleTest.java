package uk.bcf.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.report.BromleyData.PLANS;
import static uk.bcf.ledger.query.report.BromleyData.SCOPE;
import static uk.bcf.ledger.query.report.BromleyData.count;
import static uk.bcf.ledger.query.report.BromleyData.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.shared.figure.Measurement;

/** A metric is judged on the latest complete covered quarter with a plan, by the performance view's status. */
class JudgementRuleTest {

    @Test
    void bromleysMetricsAtTheSecondQuarterAreJudgedAsTheBoardWasTold() {
        assertThat(JudgementRule.judge(data("NEL"), SCOPE))
                .isEqualTo(new Judgement("On track", "Q1 2019-20: 6,475 against a plan of 6,589 (lower is better)."));
        assertThat(JudgementRule.judge(data("DTOC"), SCOPE).verdict()).isEqualTo("On track");
        assertThat(JudgementRule.judge(data("RES_ADM_65"), SCOPE))
                .isEqualTo(
                        new Judgement(
                                "Not on track",
                                "Q2 2019-20 year to date: 216.9 (125 admsns) against a pro-rata plan of 212.6 (lower is better)."));
        assertThat(JudgementRule.judge(data("REABLEMENT_91"), SCOPE))
                .isEqualTo(new Judgement(
                        "On track", "Q1 2019-20: 98.6% (73/74) against a plan of 90.1% (higher is better)."));
    }

    @Test
    void theLatestCompleteQuarterDecides() {
        MetricData septemberIn = data("NEL", List.of(count("NEL", "2019-09", 2231)), List.of(), Map.of());

        assertThat(JudgementRule.judge(septemberIn, SCOPE))
                .isEqualTo(
                        new Judgement("Not on track", "Q2 2019-20: 6,816 against a plan of 6,659 (lower is better)."));
    }

    @Test
    void withoutACompleteQuarterWithAPlanTheDataIsNotAvailable() {
        MetricData onlyPartial =
                data("NEL", List.of(count("NEL", "2019-04", 2134)), PLANS, List.of(), List.of(), Map.of());

        assertThat(JudgementRule.judge(onlyPartial, SCOPE))
                .isEqualTo(new Judgement(
                        "Data not available",
                        "No quarter of Q1-Q2 2019-20 that has a plan has its complete actual yet."));
    }

    @Test
    void aMetricReportedByYearIsNotAvailableInWordsOfTheYear() {
        MetricData planned = data(
                "REABLEMENT_91",
                List.of(),
                List.of(BromleyData.figure("REABLEMENT_91", "2019-20", Measurement.ratio(931, 1000))),
                List.of(),
                List.of(),
                Map.of());
        MetricData unplanned = data(
                "REABLEMENT_91",
                List.of(BromleyData.figure("REABLEMENT_91", "2019-20", Measurement.ratio(900, 1000))),
                List.of(),
                List.of(),
                List.of(),
                Map.of());
        ReportScope wholeYear = new ReportScope(BromleyData.YEAR.quarter(4), LocalDate.of(2020, 5, 21));

        assertThat(JudgementRule.judge(planned, SCOPE))
                .isEqualTo(new Judgement(
                        "Data not available",
                        "Reported by year: 2019-20 is judged once the report covers the whole year."));
        assertThat(JudgementRule.judge(planned, wholeYear).basis())
                .isEqualTo("Reported by year: 2019-20 has a plan but not yet its actual.");
        assertThat(JudgementRule.judge(unplanned, wholeYear).basis())
                .isEqualTo("Reported by year: 2019-20 has no plan.");
    }
}
