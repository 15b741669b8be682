package uk.bcf.ledger.command.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Imports a file of plans and actuals: reads it and has every ledger it touches classify its rows and, unless
 * only a preview was asked for, store the new and changed ones, all at once and only if no row was refused. A
 * file with any refused row stores nothing; rows identical to the current figures store nothing either, so
 * importing the same file twice changes nothing the second time.
 */
@Service
class FigureImporter {

    private static final Logger LOG = LoggerFactory.getLogger(FigureImporter.class);

    private final ImportFileReader fileReader;
    private final LedgerCommandFactory commandFactory;
    private final ImportTransaction transaction;
    private final EventStoreIndex eventStore;
    private final ImportCounter counter;

    FigureImporter(
            ImportFileReader fileReader,
            LedgerCommandFactory commandFactory,
            ImportTransaction transaction,
            EventStoreIndex eventStore,
            ImportCounter counter) {
        this.fileReader = fileReader;
        this.commandFactory = commandFactory;
        this.transaction = transaction;
        this.eventStore = eventStore;
        this.counter = counter;
    }

    ImportReport importFile(ImportRequest request) {
        try {
            ImportReport report = previewThenApply(request);
            LOG.info(
                    "Import by {}: {} ({})",
                    request.recordedBy(),
                    report.totals(),
                    report.applied() ? "applied" : "previewed");
            if (report.applied()) {
                counter.applied();
            } else {
                counter.previewed();
            }
            return report;
        } catch (Refusal refused) {
            counter.rejected();
            throw refused;
        }
    }

    /**
     * A preview, or a file with unreadable rows, has its ledgers classify their rows in a read-only transaction.
     * Otherwise they classify their rows first, and only a file without a refused row is stored, in one transaction
     * ({@link ImportTransaction#apply}): a refused file inserts nothing, not even rows rolled back.
     */
    private ImportReport previewThenApply(ImportRequest request) {
        List<FileRow> rows = fileReader.read(request);
        List<ImportFiguresCommand> ledgerCommands = commandFactory.previews(rows, request.recordedBy());
        boolean readable = rows.stream().allMatch(FileRow::readable);
        List<ImportResult> results =
                request.dryRun() || !readable ? transaction.preview(ledgerCommands) : transaction.apply(ledgerCommands);
        ImportReport report = ImportReport.of(rows, byLine(results), events(results), request.dryRun());
        if (request.dryRun()) {
            return report;
        }
        if (!report.clean()) {
            throw rejection(report);
        }
        return report.appliedAt(lastPosition(results));
    }

    /** A file with refused rows stored nothing (422); the refusal carries the same per-row report as a preview. */
    private static Refusal rejection(ImportReport report) {
        String refused = report.totals().errors() + " of " + report.totals().rows() + " rows refused";
        return new Refusal(
                RefusalKind.IMPORT_REJECTED,
                "file",
                refused + "; nothing was stored. Correct the rows named in 'rows' and import the file again",
                report.asProperties());
    }

    /** Where the last ledger that stored anything put its last event; null when the file changed nothing. */
    private Long lastPosition(List<ImportResult> results) {
        for (int ledger = results.size() - 1; ledger >= 0; ledger--) {
            ImportResult result = results.get(ledger);
            if (result.events() > 0) {
                return eventStore.positionOf(result.aggregateId(), result.lastSequence());
            }
        }
        return null;
    }

    private static Map<Long, ImportOutcome> byLine(List<ImportResult> results) {
        return results.stream()
                .flatMap(result -> result.outcomes().stream())
                .collect(Collectors.toMap(
                        ImportOutcome::line, outcome -> outcome, (first, second) -> first, HashMap::new));
    }

    private static int events(List<ImportResult> results) {
        return results.stream().mapToInt(ImportResult::events).sum();
    }
}
