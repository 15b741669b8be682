package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportOutcome;
import uk.bcf.ledger.command.imports.ImportStatus;
import uk.bcf.ledger.command.imports.ImportedFigure;
import uk.bcf.ledger.command.imports.PublishedCheck;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The rows of an import checked against one ledger's current figures: each row's outcome, and the events that
 * would store the new and changed ones. A row without a current figure is decided as a single
 * {@code POST} would be, a changed one as a {@code PUT}, so every rule of the single-figure API applies
 * unchanged; a row identical to the current figure stores nothing but a published value new to it. Rows are all checked against the state before
 * the import (see {@link ImportedRowsPolicy}).
 */
final class LedgerImport {

    private final MetricYearLedger ledger;
    private final ImportFiguresCommand command;
    private final LedgerContext context;
    private final List<ImportOutcome> outcomes = new ArrayList<>();
    private final List<FigureEvent> events = new ArrayList<>();
    private final ImportedRowsPolicy rows;

    private LedgerImport(MetricYearLedger ledger, ImportFiguresCommand command, LedgerContext context) {
        this.ledger = ledger;
        this.command = command;
        this.context = context.knowingPopulation(command.population());
        this.rows = new ImportedRowsPolicy(command);
    }

    static LedgerImport of(MetricYearLedger ledger, ImportFiguresCommand command, LedgerContext context) {
        LedgerImport figures = new LedgerImport(ledger, command, context);
        command.figures().forEach(figures::classify);
        return figures;
    }

    List<ImportOutcome> outcomes() {
        return outcomes;
    }

    /** The figure events and published-figure notes to store, in row order. */
    List<FigureEvent> events() {
        return events;
    }

    boolean clean() {
        return outcomes.stream().noneMatch(outcome -> outcome.status() == ImportStatus.REFUSED);
    }

    private void classify(ImportedFigure row) {
        try {
            rows.check(row);
            outcomes.add(decide(row));
        } catch (Refusal refusal) {
            outcomes.add(ImportOutcome.refused(row.line(), refusal.field(), refusal.reason()));
        }
    }

    private ImportOutcome decide(ImportedFigure row) {
        FigureState current = ledger.current(row.kind(), row.period());
        boolean exists = current != null && current.active();
        if (exists && current.measurement().sameFigureAs(canonical(row))) {
            return unchanged(row, current);
        }
        FigureWrite write = exists
                ? SingleFigureWrite.change(ledger, row, command, context)
                : SingleFigureWrite.create(ledger, row, command, context);
        events.addAll(write.events());
        return ImportOutcome.stored(
                row.line(),
                exists ? ImportStatus.CHANGED : ImportStatus.NEW,
                write.figure().version(),
                exists ? current.measurement() : null,
                canonical(row),
                write.published());
    }

    /** Nothing of the figure is stored; a published value new to its version is checked and noted on it. */
    private ImportOutcome unchanged(ImportedFigure row, FigureState current) {
        MetricDefinition metric = metric(row);
        CheckedMeasurement checked = checked(metric, row);
        BigDecimal published = PublishedValues.of(row.publishedValue(), checked.printed());
        FigureWrite note = ledger.noteOnCurrent(
                row.kind(), metric, command.boardCode(), row.period(), published, command.recordedBy(), context);
        PublishedCheck check = note != null
                ? note.published()
                : PublishedFigurePolicy.check(
                        metric,
                        row.period(),
                        current.measurement(),
                        () -> context.population(command.boardCode(), metric, row.period()),
                        published);
        if (note != null) {
            events.add(note.note());
        }
        return ImportOutcome.stored(
                row.line(), ImportStatus.UNCHANGED, current.version(), null, current.measurement(), check);
    }

    private Measurement canonical(ImportedFigure row) {
        return checked(metric(row), row).stored();
    }

    private CheckedMeasurement checked(MetricDefinition metric, ImportedFigure row) {
        return row.kind() == FigureKind.PLAN
                ? MeasurementPolicy.plan(metric, row.measurement())
                : MeasurementPolicy.actual(metric, row.measurement());
    }

    private MetricDefinition metric(ImportedFigure row) {
        return row.kind() == FigureKind.PLAN
                ? context.metricInForce(command.boardCode(), command.metric(), row.period())
                : context.metricReported(command.boardCode(), command.metric(), row.period());
    }
}
