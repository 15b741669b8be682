package uk.bcf.ledger.query.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.bcf.ledger.shared.period.Period;

/**
 * The revisions of a metric's plans within the report's year, from each plan's history, in period order:
 * {@code The Q2 plan was revised from 6700 on 3 June 2019 (re-profiled for winter).}
 */
final class PlanRevisions {

    static final String REVISED = "revised";

    private PlanRevisions() {}

    static List<String> of(MetricData data) {
        List<String> revisions = new ArrayList<>();
        data.planHistories().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Period::firstDay)
                        .thenComparing(period -> period.months().size())))
                .forEach(plan -> revisions.addAll(revisionsOf(plan.getKey(), plan.getValue())));
        return revisions;
    }

    private static List<String> revisionsOf(Period period, List<PlanVersion> versions) {
        List<String> revisions = new ArrayList<>();
        for (int index = 1; index < versions.size(); index++) {
            PlanVersion version = versions.get(index);
            if (REVISED.equals(version.change())) {
                PlanVersion before = versions.get(index - 1);
                revisions.add("The " + ReportLabels.shortPeriod(period) + " plan was revised from "
                        + ReportNumbers.supplied(before.supplied()) + " on " + ReportLabels.date(version.storedAt())
                        + (version.reason() == null ? "" : " (" + version.reason() + ")") + ".");
            }
        }
        return revisions;
    }
}
