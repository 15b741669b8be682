package uk.bcf.ledger.command.figures;

import java.time.LocalDate;
import java.util.Locale;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Which periods a metric takes plans and actuals for. */
final class PeriodPolicy {

    private PeriodPolicy() {}

    static void checkPlanPeriod(MetricDefinition metric, Period period) {
        if (!metric.planPeriods().contains(period.kind())) {
            throw Refusal.invalid(
                    "period",
                    metric.code() + " plans are set per " + kinds(metric.planPeriods()) + ", not per "
                            + period.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    /** An actual must be for a period kind the metric reports, and the period must be over. */
    static void checkActualPeriod(MetricDefinition metric, Period period, LocalDate today) {
        if (!metric.actualPeriods().contains(period.kind())) {
            throw Refusal.invalid(
                    "period",
                    metric.code() + " actuals are reported per " + kinds(metric.actualPeriods()) + ", not per "
                            + period.kind().name().toLowerCase(Locale.ROOT));
        }
        if (!period.lastDay().isBefore(today)) {
            throw Refusal.invalid("period", period.code() + " has not ended yet, so it has no actual");
        }
    }

    private static String kinds(java.util.Set<uk.bcf.ledger.shared.period.PeriodKind> kinds) {
        return String.join(
                " or ",
                kinds.stream()
                        .sorted()
                        .map(kind -> kind.name().toLowerCase(Locale.ROOT))
                        .toList());
    }
}
