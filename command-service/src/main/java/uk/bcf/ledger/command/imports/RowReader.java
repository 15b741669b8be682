package uk.bcf.ledger.command.imports;

import static uk.bcf.ledger.command.imports.ImportColumns.BOARD;
import static uk.bcf.ledger.command.imports.ImportColumns.KIND;
import static uk.bcf.ledger.command.imports.ImportColumns.METRIC;
import static uk.bcf.ledger.command.imports.ImportColumns.PERIOD;
import static uk.bcf.ledger.command.imports.ImportColumns.PUBLISHED_VALUE;
import static uk.bcf.ledger.command.imports.ImportColumns.REASON;
import static uk.bcf.ledger.command.imports.ImportColumns.SOURCE;
import static uk.bcf.ledger.command.imports.ImportColumns.VALUE;

import java.util.Locale;
import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.figure.FigureKind;
import uk.bcf.ledger.shared.period.InvalidPeriodException;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.period.Periods;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Reads a data record into the figure it gives. The board is the record's, or, for a file imported into one board,
 * that board when the cell is blank. A blank reason takes the file's reason. Source and reason are plain text
 * ({@link TextRules}) in every row, also where the ledger would not keep them (a new figure has no reason), so a
 * file carrying markup is refused whole. Whether the figure suits its metric is not decided here but by its ledger.
 */
final class RowReader {

    private final String fileBoard;
    private final String fileReason;

    /**
     * @param fileBoard  the board the file is imported into, or null when each row names its own
     * @param fileReason the reason for every changed row that gives none, or null
     * @throws Refusal naming {@code reason} when the file's reason is not acceptable text
     */
    RowReader(String fileBoard, String fileReason) {
        this.fileBoard = fileBoard;
        this.fileReason = TextRules.optional(REASON, fileReason, TextRules.MAX_REASON);
    }

    FileRow read(CsvLine record) {
        String written = Cells.text(record.cell(BOARD));
        String board = written == null ? fileBoard : written;
        String metric = Cells.text(record.cell(METRIC));
        String kind = Cells.text(record.cell(KIND));
        String period = Cells.text(record.cell(PERIOD));
        boolean fraction = Cells.isFraction(record.cell(VALUE));
        try {
            if (record.cells().size() != record.header().size()) {
                throw Refusal.invalid(
                        null,
                        "has " + record.cells().size() + " cells; every row has "
                                + record.header().size() + ", one per column of the header");
            }
            checkBoard(board, metric);
            Period readPeriod = period(period);
            ImportedFigure figure = new ImportedFigure(
                    record.line(),
                    kind(kind),
                    readPeriod,
                    MeasurementCells.read(record),
                    TextRules.optional(SOURCE, record.cell(SOURCE), TextRules.MAX_SOURCE),
                    reason(record),
                    Cells.percentOrDecimal(PUBLISHED_VALUE, record.cell(PUBLISHED_VALUE)));
            return new FileRow(record.line(), board, metric, kind, period, figure, fraction, null, null);
        } catch (Refusal refusal) {
            return new FileRow(
                    record.line(), board, metric, kind, period, null, fraction, refusal.field(), refusal.reason());
        }
    }

    private void checkBoard(String board, String metric) {
        if (board == null) {
            throw Refusal.invalid(BOARD, "is required");
        }
        if (fileBoard != null && !fileBoard.equals(board)) {
            throw Refusal.invalid(
                    BOARD,
                    "is " + board + " but the file is imported into board " + fileBoard + "; leave it blank or write "
                            + fileBoard);
        }
        if (metric == null) {
            throw Refusal.invalid(METRIC, "is required");
        }
    }

    private static FigureKind kind(String kind) {
        if ("plan".equalsIgnoreCase(kind) || "actual".equalsIgnoreCase(kind)) {
            return FigureKind.valueOf(kind.toUpperCase(Locale.ROOT));
        }
        throw Refusal.invalid(KIND, "must be plan or actual");
    }

    private static Period period(String period) {
        try {
            return Periods.requested(period);
        } catch (InvalidPeriodException e) {
            throw Refusal.invalid(PERIOD, e.getMessage());
        }
    }

    private String reason(CsvLine record) {
        String reason = TextRules.optional(REASON, record.cell(REASON), TextRules.MAX_REASON);
        return reason == null ? fileReason : reason;
    }
}
