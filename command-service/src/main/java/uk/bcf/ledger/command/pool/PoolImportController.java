package uk.bcf.ledger.command.pool;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.axon.EventStoreIndex;
import uk.bcf.ledger.command.http.CommandSender;
import uk.bcf.ledger.command.http.RequestAuthor;
import uk.bcf.ledger.command.imports.CsvImportFiles;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Imports a pool's contributions and scheme lines from a CSV file ({@link PoolImportColumns}), sent as the part
 * {@code file} of a {@code multipart/form-data} upload or as a {@code text/csv} body, as figures are imported.
 * {@code dryRun=true} answers what the file would do and stores nothing; {@code reason} is the reason of every
 * changed row. All or nothing: one command to the pool, whose events commit together or not at all. Answers the
 * report (200), or a 422 problem carrying the rows when any row is refused, in which case nothing is stored.
 */
@RestController
class PoolImportController {

    private final CsvImportFiles files;
    private final CommandSender commands;
    private final EventStoreIndex eventStore;

    PoolImportController(CsvImportFiles files, CommandSender commands, EventStoreIndex eventStore) {
        this.files = files;
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @PostMapping(
            path = "/api/boards/{code}/pool/{fy}/imports",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, "text/csv"})
    PoolImportReport importFile(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestParam(required = false) String dryRun,
            @RequestParam(required = false) String reason,
            HttpServletRequest request)
            throws IOException {
        FinancialYear year = PoolRequests.year(fy);
        boolean preview = flag(dryRun);
        List<PoolImportRow> rows = files.rows(files.read(request), PoolImportColumns.HEADER).stream()
                .map(PoolRowReader::read)
                .toList();
        PoolImportAnswer answer = commands.sendAndWait(new ImportPoolCommand(
                code, year, rows, preview ? ImportMode.PREVIEW : ImportMode.APPLY, reason, RequestAuthor.of(request)));
        PoolImportReport report = new PoolImportReport(
                code,
                year.code(),
                preview,
                answer.stored() > 0,
                PoolImportReport.totals(answer.outcomes()),
                answer.outcomes(),
                answer.stored() > 0 ? eventStore.positionOf(answer.poolId(), answer.lastSequence()) : null);
        if (report.totals().get("refused") > 0) {
            throw new Refusal(
                    RefusalKind.IMPORT_REJECTED,
                    "file",
                    report.totals().get("refused") + " of " + rows.size()
                            + " rows refused; nothing was stored. Correct the rows named in 'rows' and import the file again",
                    report.asProperties());
        }
        return report;
    }

    private static boolean flag(String dryRun) {
        if (dryRun == null || dryRun.isBlank() || "false".equalsIgnoreCase(dryRun.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(dryRun.strip())) {
            return true;
        }
        throw Refusal.invalid("dryRun", "must be true or false");
    }
}
