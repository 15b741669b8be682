package uk.bcf.ledger.command.figures;

import java.util.ArrayList;
import java.util.List;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportOutcome;
import uk.bcf.ledger.command.imports.ImportStatus;
import uk.bcf.ledger.command.imports.ImportedFigure;
import uk.bcf.ledger.command.imports.PublishedCheck;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The rows of an import checked against one ledger's current figures: each row's outcome, and the events that
 * would store the new and changed ones. A row without a current figure is decided as a single
 * {@code POST} would be, a changed one as a {@code PUT}, so every rule of the single-figure API applies
 * unchanged; a row identical to the current figure stores nothing. Rows are all checked against the state before
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
        this.context = context;
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
            return ImportOutcome.stored(
                    row.line(),
                    ImportStatus.UNCHANGED,
                    current.version(),
                    null,
                    current.measurement(),
                    check(row, current.measurement()));
        }
        FigureEvent event = exists
                ? SingleFigureWrite.change(ledger, row, command, context)
                : SingleFigureWrite.create(ledger, row, command, context);
        Measurement stored = canonical(row);
        PublishedCheck published = check(row, stored);
        events.add(event);
        if (published != null) {
            events.add(new PublishedFigureNotedEvent(
                    command.boardCode(),
                    event.metric(),
                    row.period(),
                    row.kind(),
                    event.version(),
                    published.published(),
                    published.computed(),
                    published.agrees(),
                    context.provenance(command.recordedBy(), null, null)));
        }
        return ImportOutcome.stored(
                row.line(),
                exists ? ImportStatus.CHANGED : ImportStatus.NEW,
                event.version(),
                exists ? current.measurement() : null,
                stored,
                published);
    }

    private Measurement canonical(ImportedFigure row) {
        MetricDefinition metric = context.metricInForce(command.metric(), row.period());
        return row.kind() == FigureKind.PLAN
                ? MeasurementPolicy.plan(metric, row.measurement())
                : MeasurementPolicy.actual(metric, row.measurement());
    }

    private PublishedCheck check(ImportedFigure row, Measurement measurement) {
        return PublishedFigurePolicy.check(
                context.metricInForce(command.metric(), row.period()),
                row.period(),
                measurement,
                command.population(),
                row.publishedValue());
    }
}
