package uk.bcf.ledger.query.report;

import java.util.List;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.performance.PerformanceStatus;
import uk.bcf.ledger.shared.metric.Rollup;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Quarter;

/**
 * Judges a metric on the latest complete quarter, among those the report covers, that has a plan: on track when
 * its actual meets the plan in the metric's direction of good (equal meets), not on track otherwise. A year-to-date
 * metric's quarter is its year to date, against the year's plan pro rata. Without such a quarter the data is not
 * available. The statuses are the performance view's own.
 */
final class JudgementRule {

    static final String STATEMENT = "Each metric is judged on the latest complete quarter covered by this report "
            + "that has a plan (for a year-to-date metric, the year to date at that quarter against the year's plan "
            + "pro rata): On track when the actual meets the plan in the metric's direction of good (equal meets), "
            + "Not on track when it does not; a metric reported by year is judged on the year once the report covers "
            + "it; Data not available when no such quarter or year has both.";

    static final String ON_TRACK = "On track";
    static final String NOT_ON_TRACK = "Not on track";
    static final String NOT_AVAILABLE = "Data not available";

    private JudgementRule() {}

    static Judgement judge(MetricData data, ReportScope scope) {
        List<Quarter> covered = scope.coveredQuarters();
        FigureCellFactory cells = FigureCellFactory.of(data);
        for (int index = covered.size() - 1; index >= 0; index--) {
            Quarter quarter = covered.get(index);
            PerformanceRow row = data.row(quarter).orElseThrow();
            if (row.status() == PerformanceStatus.ON_TRACK || row.status() == PerformanceStatus.OFF_TRACK) {
                String verdict = row.status() == PerformanceStatus.ON_TRACK ? ON_TRACK : NOT_ON_TRACK;
                return new Judgement(verdict, basis(data, quarter, row, cells));
            }
        }
        PerformanceRow year = data.row(scope.year()).orElseThrow();
        boolean wholeYear = scope.quarter()
                .equals(scope.year().quarters().get(scope.year().quarters().size() - 1));
        if (wholeYear
                && (year.status() == PerformanceStatus.ON_TRACK || year.status() == PerformanceStatus.OFF_TRACK)) {
            String verdict = year.status() == PerformanceStatus.ON_TRACK ? ON_TRACK : NOT_ON_TRACK;
            return new Judgement(verdict, basis(data, scope.year(), year, cells));
        }
        return new Judgement(
                NOT_AVAILABLE,
                TableShape.of(data) == TableShape.ANNUAL ? missingYear(year, scope, wholeYear) : missing(data, scope));
    }

    /**
     * Why a metric reported by year cannot be judged, in words of the year: the report does not yet cover the
     * whole year, or the year has no plan, or its plan has no actual yet.
     */
    private static String missingYear(PerformanceRow year, ReportScope scope, boolean wholeYear) {
        String code = scope.year().code();
        if (!wholeYear) {
            return "Reported by year: " + code + " is judged once the report covers the whole year.";
        }
        return year.plan() == null
                ? "Reported by year: " + code + " has no plan."
                : "Reported by year: " + code + " has a plan but not yet its actual.";
    }

    /** Why no period can be judged: no plan at all, or plans without the actuals to set against them. */
    private static String missing(MetricData data, ReportScope scope) {
        String covered = scope.quarterRange() + " " + scope.year().code();
        boolean planned = scope.coveredQuarters().stream()
                        .anyMatch(quarter -> data.row(quarter).orElseThrow().plan() != null)
                || data.row(scope.year()).orElseThrow().plan() != null;
        return planned
                ? "No quarter of " + covered + " that has a plan has its complete actual yet."
                : "No quarter of " + covered + " has a plan.";
    }

    private static String basis(MetricData data, Period quarter, PerformanceRow row, FigureCellFactory cells) {
        boolean yearToDate = data.metric().rollup() == Rollup.CUMULATIVE_YEAR_TO_DATE && quarter instanceof Quarter;
        String plan = cells.plan(row, data.postedPlan(quarter)).text();
        return ReportLabels.period(quarter) + (yearToDate ? " year to date: " : ": ")
                + cells.actual(row).text()
                + " against " + (yearToDate ? "a pro-rata plan of " : "a plan of ") + plan
                + " (" + ReportLabels.betterWay(data.metric().goodDirection()) + ").";
    }
}
