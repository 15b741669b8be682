package uk.bcf.ledger.command.imports;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.bcf.ledger.shared.command.BoardCommand;
import uk.bcf.ledger.shared.command.MetricYearId;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * The rows of an import file that belong to one ledger (board, metric and financial year), to be checked against
 * its current figures and, in {@link ImportMode#APPLY}, stored as ordinary plan and actual events if every row is
 * acceptable. It is routed to that ledger like any single-figure command. Only this service's import sends it,
 * so, unlike the single-figure commands, it is not part of the contract in {@code shared-events}.
 *
 * @param figures    the rows, in file order
 * @param population the board's population of the metric's age band in the calendar year the financial year starts
 *                   in, to check a published rate against; {@code null} when none is recorded or the metric is no rate
 * @param mode       whether to only classify the rows or also store them
 * @param recordedBy the authenticated user importing the file
 */
public record ImportFiguresCommand(
        String boardCode,
        String metric,
        FinancialYear year,
        List<ImportedFigure> figures,
        Long population,
        ImportMode mode,
        String recordedBy)
        implements BoardCommand {

    public ImportFiguresCommand {
        figures = List.copyOf(figures);
    }

    /** The same rows, to be stored. */
    public ImportFiguresCommand applying() {
        return new ImportFiguresCommand(boardCode, metric, year, figures, population, ImportMode.APPLY, recordedBy);
    }

    @TargetAggregateIdentifier
    public String metricYearId() {
        return MetricYearId.of(boardCode, metric, year);
    }
}
