package uk.bcf.ledger.command.imports;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/**
 * One row of an import file, as read from the file: which figure it gives and what the analyst said about it.
 * Nothing here has been checked against the metric yet; the ledger does that with the same rules as for a single
 * figure.
 *
 * @param line           the line of the file the row starts on, which its outcome refers back to
 * @param kind           plan or actual
 * @param period         the figure's period
 * @param measurement    the components as supplied
 * @param source         where the figure comes from, or {@code null}
 * @param reason         why a changed figure changed (the row's own, else the file's), or {@code null}
 * @param publishedValue the figure as printed in a published report, in the metric's unit, or {@code null}
 */
public record ImportedFigure(
        long line,
        FigureKind kind,
        Period period,
        Measurement measurement,
        String source,
        String reason,
        BigDecimal publishedValue) {}
