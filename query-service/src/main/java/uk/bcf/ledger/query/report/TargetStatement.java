package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * States a metric's target for the report's year from its plans. A daily-rate target is compared with the year
 * before's ({@code For 2019-20 the target is 12.5 bed days per day, increased from 10.31 (2018-19)}); other plans
 * are listed by quarter ({@code Plan 2019-20: 6589 (Q1), 6659 (Q2).}) or for the year ({@code Plan 2019-20: 425.2
 * (245 admsns).}). Each revision of a plan within the year follows ({@link PlanRevisions}).
 */
final class TargetStatement {

    private TargetStatement() {}

    static String of(MetricData data, ReportScope scope) {
        String target = dailyRate(data, scope).orElseGet(() -> plans(data, scope.year()));
        List<String> revisions = PlanRevisions.of(data);
        return revisions.isEmpty() ? target : target + " " + String.join(" ", revisions);
    }

    private static Optional<String> dailyRate(MetricData data, ReportScope scope) {
        FinancialYear year = scope.year();
        Optional<BigDecimal> perDay = data.postedPlan(year).map(Measurement::perDay);
        if (!data.metric().dailyRatePlans() || perDay.isEmpty()) {
            return Optional.empty();
        }
        String target = "For " + year.code() + " the target is " + ReportNumbers.stated(perDay.get()) + " "
                + data.metric().dailyRateUnit();
        Optional<String> comparison = scope.previousYear()
                .flatMap(previous -> data.priorPostedPlan(previous)
                        .map(Measurement::perDay)
                        .map(before -> ", " + change(perDay.get(), before) + " " + ReportNumbers.stated(before) + " ("
                                + previous.code() + ")"));
        return Optional.of(target + comparison.orElse("") + ".");
    }

    private static String change(BigDecimal now, BigDecimal before) {
        int comparison = now.compareTo(before);
        return comparison > 0 ? "increased from" : comparison < 0 ? "decreased from" : "unchanged at";
    }

    private static String plans(MetricData data, FinancialYear year) {
        FigureCellFactory cells = FigureCellFactory.of(data);
        List<String> stated = new ArrayList<>();
        for (Quarter quarter : year.quarters()) {
            boolean planned = data.postedPlan(quarter).isPresent()
                    || quarter.months().stream()
                            .anyMatch(month -> data.postedPlan(month).isPresent());
            ReportCell plan = cells.plan(data.row(quarter).orElseThrow(), data.postedPlan(quarter));
            if (planned && !plan.isEmpty()) {
                stated.add(plan.text() + " (Q" + quarter.number() + ")");
            }
        }
        Optional<Measurement> yearPlan = data.postedPlan(year);
        if (yearPlan.isPresent()) {
            String plan = cells.plan(data.row(year).orElseThrow(), yearPlan).text();
            stated.add(stated.isEmpty() ? plan : plan + " (year)");
        }
        return stated.isEmpty()
                ? "No plan recorded for " + year.code() + "."
                : "Plan " + year.code() + ": " + String.join(", ", stated) + ".";
    }
}
