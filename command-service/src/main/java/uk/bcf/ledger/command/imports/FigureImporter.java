package uk.bcf.ledger.command.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.bcf.ledger.command.rules.RuleViolation;
import uk.bcf.ledger.shared.command.ImportFiguresCommand;
import uk.bcf.ledger.shared.imports.ImportOutcome;
import uk.bcf.ledger.shared.imports.ImportResult;

/**
 * Imports a file of plans and actuals: reads it, has every ledger it touches classify its rows (a preview), and,
 * unless only a preview was asked for, stores the new and changed rows of every ledger at once if no row was
 * refused. A file with any refused row stores nothing; rows identical to the current figures store nothing either,
 * so importing the same file twice changes nothing the second time.
 */
@Service
class FigureImporter {

    private static final Logger LOG = LoggerFactory.getLogger(FigureImporter.class);

    private final FileRows fileRows;
    private final LedgerCommands ledgers;
    private final LedgerTransactions transactions;
    private final EventPositions positions;
    private final ImportCounter counter;

    FigureImporter(FileRows fileRows, LedgerCommands ledgers, LedgerTransactions transactions,
            EventPositions positions, ImportCounter counter) {
        this.fileRows = fileRows;
        this.ledgers = ledgers;
        this.transactions = transactions;
        this.positions = positions;
        this.counter = counter;
    }

    ImportReport importFile(ImportRequest request) {
        try {
            ImportReport report = previewThenApply(request);
            LOG.info("Import by {}: {} ({})", request.recordedBy(), report.totals(), report.applied() ? "applied" : "previewed");
            if (report.applied()) {
                counter.applied();
            } else {
                counter.previewed();
            }
            return report;
        } catch (RuleViolation | ImportRejected | ImportTooLarge refused) {
            counter.rejected();
            throw refused;
        }
    }

    private ImportReport previewThenApply(ImportRequest request) {
        List<FileRow> rows = fileRows.read(request);
        List<ImportFiguresCommand> previews = ledgers.previews(rows, request.recordedBy());
        List<ImportResult> results = transactions.preview(previews);
        ImportReport report = ImportReport.of(rows, byLine(results), events(results), request.dryRun());
        if (request.dryRun()) {
            return report;
        }
        if (!report.clean()) {
            throw new ImportRejected(report);
        }
        return report.changesAnything() ? apply(rows, previews, results, report) : report.appliedAt(null);
    }

    private ImportReport apply(List<FileRow> rows, List<ImportFiguresCommand> previews, List<ImportResult> results,
            ImportReport report) {
        List<ImportFiguresCommand> changing = IntStream.range(0, previews.size())
                .filter(ledger -> results.get(ledger).events() > 0)
                .mapToObj(previews::get)
                .toList();
        try {
            List<ImportResult> applied = transactions.apply(changing);
            return report.appliedAt(positions.lastOf(applied.get(applied.size() - 1)));
        } catch (LedgerChanged changed) {
            Map<Long, ImportOutcome> outcomes = byLine(results);
            outcomes.putAll(byLine(List.of(changed.result())));
            throw new ImportRejected(ImportReport.of(rows, outcomes, 0, false));
        }
    }

    private static Map<Long, ImportOutcome> byLine(List<ImportResult> results) {
        return results.stream().flatMap(result -> result.outcomes().stream())
                .collect(Collectors.toMap(ImportOutcome::line, outcome -> outcome, (first, second) -> first, HashMap::new));
    }

    private static int events(List<ImportResult> results) {
        return results.stream().mapToInt(ImportResult::events).sum();
    }
}
