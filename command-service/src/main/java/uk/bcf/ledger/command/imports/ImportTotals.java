package uk.bcf.ledger.command.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The counts of an import's report.
 *
 * @param rows          data rows in the file
 * @param created       rows that record a figure with no current version
 * @param changed       rows that correct or revise a figure
 * @param unchanged     rows identical to the current figure
 * @param errors        rows refused
 * @param discrepancies rows whose published value disagrees with the computed one
 * @param events        events stored (or that applying would store): one per new or changed row, one per published value noted
 */
public record ImportTotals(
        int rows,
        @JsonProperty("new") int created,
        int changed,
        int unchanged,
        int errors,
        int discrepancies,
        int events) {

    static ImportTotals of(List<RowReport> rows, int events) {
        return new ImportTotals(
                rows.size(),
                count(rows, ImportStatus.NEW.code()),
                count(rows, ImportStatus.CHANGED.code()),
                count(rows, ImportStatus.UNCHANGED.code()),
                count(rows, RowReport.ERROR),
                (int) rows.stream()
                        .filter(row -> Boolean.TRUE.equals(row.discrepancy()))
                        .count(),
                events);
    }

    private static int count(List<RowReport> rows, String outcome) {
        return (int) rows.stream().filter(row -> outcome.equals(row.outcome())).count();
    }
}
