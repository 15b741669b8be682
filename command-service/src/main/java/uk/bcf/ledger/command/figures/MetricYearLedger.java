package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.PublishedCheck;
import uk.bcf.ledger.shared.command.CorrectActualCommand;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.command.RevisePlanCommand;
import uk.bcf.ledger.shared.command.SetPlanCommand;
import uk.bcf.ledger.shared.command.WithdrawActualCommand;
import uk.bcf.ledger.shared.command.WriteCommentaryCommand;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The plans, actuals and commentary of one board's metric in one financial year, and the decisions about them. Plain Java:
 * each decision checks the rules and returns the event to store; the {@code ...Stored} methods replay stored events. The Axon
 * aggregate {@link MetricYear} only routes commands here and events back. A change that states no source keeps
 * the figure's source.
 */
final class MetricYearLedger {

    private final Map<Period, FigureState> plans = new HashMap<>();
    private final Map<Period, FigureState> actuals = new HashMap<>();
    private final Map<Period, CommentaryState> commentaries = new HashMap<>();

    FigureWrite setPlan(SetPlanCommand command, LedgerContext context) {
        MetricDefinition metric = context.metricInForce(command.boardCode(), command.metric(), command.period());
        PeriodPolicy.checkPlanPeriod(metric, command.period());
        CheckedMeasurement measurement = MeasurementPolicy.plan(metric, command.measurement());
        FigureState current = plans.get(command.period());
        RevisionPolicy.checkNew(describe("plan", command.metric(), command.period()), current);
        PlanSetEvent event = new PlanSetEvent(
                command.boardCode(),
                metric.code(),
                command.period(),
                measurement.stored(),
                FigureState.nextVersion(current),
                context.provenance(command.recordedBy(), command.source(), null));
        return noted(
                event, FigureKind.PLAN, metric, measurement, command.publishedValue(), command.recordedBy(), context);
    }

    FigureWrite revisePlan(RevisePlanCommand command, LedgerContext context) {
        MetricDefinition metric = context.metricInForce(command.boardCode(), command.metric(), command.period());
        CheckedMeasurement measurement = MeasurementPolicy.plan(metric, command.measurement());
        FigureState current = plans.get(command.period());
        String reason = RevisionPolicy.checkChange(
                describe("plan", command.metric(), command.period()),
                current,
                command.expectedVersion(),
                measurement.stored(),
                command.reason());
        PlanRevisedEvent event = new PlanRevisedEvent(
                command.boardCode(),
                metric.code(),
                command.period(),
                measurement.stored(),
                current.version() + 1,
                context.provenance(command.recordedBy(), context.sourceOr(command.source(), current.source()), reason));
        return noted(
                event, FigureKind.PLAN, metric, measurement, command.publishedValue(), command.recordedBy(), context);
    }

    FigureWrite recordActual(RecordActualCommand command, LedgerContext context) {
        MetricDefinition metric = context.metricReported(command.boardCode(), command.metric(), command.period());
        PeriodPolicy.checkActualPeriod(metric, command.period(), context.today());
        CheckedMeasurement measurement = MeasurementPolicy.actual(metric, command.measurement());
        FigureState current = actuals.get(command.period());
        RevisionPolicy.checkNew(describe("actual", command.metric(), command.period()), current);
        ActualRecordedEvent event = new ActualRecordedEvent(
                command.boardCode(),
                metric.code(),
                command.period(),
                measurement.stored(),
                FigureState.nextVersion(current),
                context.provenance(
                        command.recordedBy(), context.sourceOr(command.source(), metric.defaultSource()), null));
        return noted(
                event, FigureKind.ACTUAL, metric, measurement, command.publishedValue(), command.recordedBy(), context);
    }

    FigureWrite correctActual(CorrectActualCommand command, LedgerContext context) {
        MetricDefinition metric = context.metricReported(command.boardCode(), command.metric(), command.period());
        CheckedMeasurement measurement = MeasurementPolicy.actual(metric, command.measurement());
        FigureState current = actuals.get(command.period());
        String reason = RevisionPolicy.checkChange(
                describe("actual", command.metric(), command.period()),
                current,
                command.expectedVersion(),
                measurement.stored(),
                command.reason());
        ActualCorrectedEvent event = new ActualCorrectedEvent(
                command.boardCode(),
                metric.code(),
                command.period(),
                measurement.stored(),
                current.version() + 1,
                context.provenance(command.recordedBy(), context.sourceOr(command.source(), current.source()), reason));
        return noted(
                event, FigureKind.ACTUAL, metric, measurement, command.publishedValue(), command.recordedBy(), context);
    }

    /**
     * The published figure of the current version of a plan or actual, checked, as a note when it is not already
     * the one noted on that version; null otherwise. An import row identical to the stored figure notes its
     * published value this way.
     */
    FigureWrite noteOnCurrent(
            FigureKind kind,
            MetricDefinition metric,
            String boardCode,
            Period period,
            BigDecimal published,
            String recordedBy,
            LedgerContext context) {
        FigureState current = current(kind, period);
        if (published == null || current == null || !current.active() || published.equals(current.published())) {
            return null;
        }
        PublishedCheck check = PublishedFigurePolicy.check(
                metric, period, current.measurement(), () -> context.population(boardCode, metric, period), published);
        return new FigureWrite(
                null, check, note(boardCode, metric, period, kind, current.version(), check, recordedBy, context));
    }

    ActualWithdrawnEvent withdrawActual(WithdrawActualCommand command, LedgerContext context) {
        MetricDefinition metric = context.metricReported(command.boardCode(), command.metric(), command.period());
        FigureState current = actuals.get(command.period());
        String reason = RevisionPolicy.checkWithdrawal(
                describe("actual", command.metric(), command.period()),
                current,
                command.expectedVersion(),
                command.reason());
        return new ActualWithdrawnEvent(
                command.boardCode(),
                metric.code(),
                command.period(),
                current.version() + 1,
                context.provenance(command.recordedBy(), null, reason));
    }

    CommentaryWrittenEvent writeCommentary(WriteCommentaryCommand command, LedgerContext context) {
        MetricDefinition metric = context.metricInForce(command.boardCode(), command.metric(), command.period());
        CommentaryState current = commentaries.get(command.period());
        if (current != null && command.expectedVersion() != null && command.expectedVersion() != current.version()) {
            throw Refusal.conflict(
                    "If-Match",
                    "the " + metric.code() + " commentary for "
                            + command.period().code() + " is at version " + current.version() + ", not "
                            + command.expectedVersion() + "; reload it and decide again");
        }
        String text = CommentaryPolicy.check(
                metric, command.period(), command.text(), current == null ? null : current.text());
        return new CommentaryWrittenEvent(
                command.boardCode(),
                metric.code(),
                command.period(),
                text,
                current == null ? 1 : current.version() + 1,
                context.provenance(command.recordedBy(), null, null));
    }

    private static FigureWrite noted(
            FigureEvent event,
            FigureKind kind,
            MetricDefinition metric,
            CheckedMeasurement measurement,
            BigDecimal publishedValue,
            String recordedBy,
            LedgerContext context) {
        BigDecimal published = PublishedValues.of(publishedValue, measurement.printed());
        PublishedCheck check = PublishedFigurePolicy.check(
                metric,
                event.period(),
                measurement.stored(),
                () -> context.population(event.boardCode(), metric, event.period()),
                published);
        if (check == null) {
            return new FigureWrite(event, null, null);
        }
        return new FigureWrite(
                event,
                check,
                note(event.boardCode(), metric, event.period(), kind, event.version(), check, recordedBy, context));
    }

    private static PublishedFigureNotedEvent note(
            String boardCode,
            MetricDefinition metric,
            Period period,
            FigureKind kind,
            int version,
            PublishedCheck check,
            String recordedBy,
            LedgerContext context) {
        return new PublishedFigureNotedEvent(
                boardCode,
                metric.code(),
                period,
                kind,
                version,
                check.published(),
                check.computed(),
                check.agrees(),
                context.provenance(recordedBy, null, null));
    }

    /** The rows of an import checked against this ledger's figures; see {@link LedgerImport}. */
    LedgerImport importFigures(ImportFiguresCommand command, LedgerContext context) {
        return LedgerImport.of(this, command, context);
    }

    /** The latest version of a plan or actual, or null when it was never recorded. */
    FigureState current(FigureKind kind, Period period) {
        return (kind == FigureKind.PLAN ? plans : actuals).get(period);
    }

    void commentaryStored(Period period, int version, String text) {
        commentaries.put(period, new CommentaryState(version, text));
    }

    private record CommentaryState(int version, String text) {}

    void planStored(Period period, int version, Measurement measurement, String source) {
        plans.put(period, new FigureState(version, measurement, source, true, null));
    }

    void actualStored(Period period, int version, Measurement measurement, String source) {
        actuals.put(period, new FigureState(version, measurement, source, true, null));
    }

    void publishedNoted(FigureKind kind, Period period, int version, BigDecimal published) {
        (kind == FigureKind.PLAN ? plans : actuals)
                .computeIfPresent(period, (key, state) -> state.noted(version, published));
    }

    void actualWithdrawn(Period period, int version) {
        actuals.computeIfPresent(period, (key, state) -> state.withdrawn(version));
    }

    private static String describe(String kind, String metric, Period period) {
        return "the " + metric + " " + kind + " for " + period.code();
    }
}
