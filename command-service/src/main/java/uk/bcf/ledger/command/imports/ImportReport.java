package uk.bcf.ledger.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or would do: one row per data row of the file, in file order, and the totals. The same
 * shape answers a preview ({@code dryRun}), an applied import and, inside a 422 problem, a refused one.
 *
 * @param dryRun   whether only a preview was asked for
 * @param applied  whether the import was stored
 * @param position the global position of the last event stored, for {@code awaitPosition} reads; null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(boolean dryRun, boolean applied, Long position, ImportTotals totals, List<RowReport> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    /** The report of the file's rows, with each readable row's outcome found by its line. */
    static ImportReport of(List<FileRow> fileRows, Map<Long, ImportOutcome> outcomes, int events, boolean dryRun) {
        List<RowReport> rows = fileRows.stream()
                .map(row -> row.readable() ? RowReport.of(row, outcomes.get(row.line())) : RowReport.unreadable(row))
                .toList();
        return new ImportReport(dryRun, false, null, ImportTotals.of(rows, events), rows);
    }

    boolean clean() {
        return totals.errors() == 0;
    }

    ImportReport appliedAt(Long lastPosition) {
        return new ImportReport(dryRun, true, lastPosition, totals, rows);
    }

    /** The report as the properties of a problem: the same fields a successful import answers with. */
    public Map<String, Object> asProperties() {
        return Map.of("dryRun", dryRun, "applied", applied, "totals", totals, "rows", rows);
    }
}
