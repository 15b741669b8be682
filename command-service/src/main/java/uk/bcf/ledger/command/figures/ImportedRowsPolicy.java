package uk.bcf.ledger.command.figures;

import java.util.HashMap;
import java.util.Map;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportedFigure;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Which rows a ledger takes in one import: rows of its own financial year, each figure at most once, since every
 * row is checked against the figures as they were before the import and a second row for a figure is ambiguous.
 */
final class ImportedRowsPolicy {

    private final ImportFiguresCommand command;
    private final Map<String, Long> lineOfFigure = new HashMap<>();

    ImportedRowsPolicy(ImportFiguresCommand command) {
        this.command = command;
    }

    void check(ImportedFigure row) {
        if (!row.period().financialYear().equals(command.year())) {
            throw Refusal.invalid(
                    "period",
                    row.period().code() + " is not in " + command.year().code());
        }
        Long earlier =
                lineOfFigure.putIfAbsent(row.kind().code() + " " + row.period().code(), row.line());
        if (earlier != null) {
            throw Refusal.invalid(
                    "period",
                    "line " + earlier + " already gives the " + command.metric() + " "
                            + row.kind().code() + " for " + row.period().code() + "; give each figure once per file");
        }
    }
}
