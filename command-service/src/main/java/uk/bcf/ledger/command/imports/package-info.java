/**
 * Bulk import of plans and actuals from a CSV file: previewed or applied, all or nothing. The file is read and
 * checked here; each ledger it touches decides its own rows with the same rules as single writes, by the command
 * this package defines ({@link uk.bcf.ledger.command.imports.ImportFiguresCommand}, one per board, metric and
 * financial year) and the row, outcome and result types it carries.
 *
 * <p>Pipeline, in order:
 * <ol>
 *   <li>{@code POST /api/boards/{code}/imports} or {@code POST /api/imports} →
 *       {@link uk.bcf.ledger.command.imports.ImportController} → {@code ImportUpload} (size limit,
 *       {@code ImportLimits}) → {@code ImportRequest};</li>
 *   <li>{@link uk.bcf.ledger.command.imports.FigureImporter} → {@code ImportFileReader} (board registered?) →
 *       {@code ImportCsv} ({@code CsvLine}, {@code LineIndex}, row limit) → {@code RowReader} ({@code Cells},
 *       {@code MeasurementCells}, {@code ImportColumns}) → {@code FileRow} per data row;</li>
 *   <li>{@code LedgerCommandFactory} groups readable rows into one {@code ImportFiguresCommand} per ledger, with the
 *       board's population from {@code KnownPopulationRepository};</li>
 *   <li>{@code ImportTransaction}: every ledger first classifies its rows ({@code CommandSender}) in a read-only
 *       transaction; a preview, or a file with a refused row, stops there having inserted nothing; otherwise the
 *       ledgers with something to store are sent again, after the {@code EventStoreLock}, in one transaction that
 *       rolls back unless every row is still clean;</li>
 *   <li>each command takes the command interceptors' path to {@code MetricYear} → {@code LedgerImport}
 *       ({@code ImportedRowsPolicy}, {@code SingleFigureWrite}, {@code PublishedFigurePolicy}) →
 *       {@code ImportOutcome} per row and, when applied, plan and actual events → {@code ImportResult};</li>
 *   <li>{@code ImportReport} ({@code RowReport}, {@code ImportTotals}) with the last event's position from
 *       {@code EventStoreIndex}; refused rows make it a 422 refusal carrying the report
 *       ({@code IMPORT_REJECTED}), an oversized file a 413 ({@code TOO_LARGE}); {@code ImportCounter} counts the
 *       outcome.</li>
 * </ol>
 */
package uk.bcf.ledger.command.imports;
