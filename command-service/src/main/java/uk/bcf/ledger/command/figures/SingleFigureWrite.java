package uk.bcf.ledger.command.figures;

import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportedFigure;
import uk.bcf.ledger.shared.command.CorrectActualCommand;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.command.RevisePlanCommand;
import uk.bcf.ledger.shared.command.SetPlanCommand;
import uk.bcf.ledger.shared.figure.FigureKind;

/**
 * An imported row as the single-figure write it stands for, decided by the ledger exactly as that write would be:
 * setting a plan or recording an actual when the figure has no current version, revising or correcting it when
 * it has. The row's reason is the change's reason; its source, when blank, falls back as a single write's does;
 * its published value is checked and noted as a single write's is.
 */
final class SingleFigureWrite {

    private SingleFigureWrite() {}

    static FigureWrite create(
            MetricYearLedger ledger, ImportedFigure row, ImportFiguresCommand command, LedgerContext context) {
        if (row.kind() == FigureKind.PLAN) {
            return ledger.setPlan(
                    new SetPlanCommand(
                            command.boardCode(),
                            command.metric(),
                            row.period(),
                            row.measurement(),
                            row.source(),
                            command.recordedBy(),
                            row.publishedValue()),
                    context);
        }
        return ledger.recordActual(
                new RecordActualCommand(
                        command.boardCode(),
                        command.metric(),
                        row.period(),
                        row.measurement(),
                        row.source(),
                        command.recordedBy(),
                        row.publishedValue()),
                context);
    }

    static FigureWrite change(
            MetricYearLedger ledger, ImportedFigure row, ImportFiguresCommand command, LedgerContext context) {
        if (row.kind() == FigureKind.PLAN) {
            return ledger.revisePlan(
                    new RevisePlanCommand(
                            command.boardCode(),
                            command.metric(),
                            row.period(),
                            row.measurement(),
                            row.source(),
                            row.reason(),
                            null,
                            command.recordedBy(),
                            row.publishedValue()),
                    context);
        }
        return ledger.correctActual(
                new CorrectActualCommand(
                        command.boardCode(),
                        command.metric(),
                        row.period(),
                        row.measurement(),
                        row.source(),
                        row.reason(),
                        null,
                        command.recordedBy(),
                        row.publishedValue()),
                context);
    }
}
