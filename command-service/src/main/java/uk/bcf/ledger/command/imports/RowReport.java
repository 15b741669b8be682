package uk.bcf.ledger.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * What an import does, or would do, with one row of the file: {@code new}, {@code changed} (from {@code old} to
 * {@code new}), {@code unchanged}, or {@code error} with the column and the reason. A row that gave a published
 * value shows it beside the value the system computes, and whether they disagree.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowReport(
        long line,
        String board,
        String kind,
        String metric,
        String period,
        String outcome,
        Integer version,
        Measurement old,
        @JsonProperty("new") Measurement replacement,
        BigDecimal publishedValue,
        BigDecimal computedValue,
        Boolean discrepancy,
        String column,
        String reason) {

    static final String ERROR = "error";

    static RowReport unreadable(FileRow row) {
        return error(row, row.column(), row.problem());
    }

    static RowReport of(FileRow row, ImportOutcome outcome) {
        if (outcome.status() == ImportStatus.REFUSED) {
            return error(row, ImportColumns.ofField(outcome.field(), row.fractionInValue()), outcome.reason());
        }
        PublishedCheck check = outcome.published();
        return new RowReport(
                row.line(),
                row.board(),
                row.kind(),
                row.metric(),
                row.period(),
                outcome.status().code(),
                outcome.version(),
                outcome.previous(),
                outcome.measurement(),
                check == null ? null : check.published(),
                check == null ? null : check.computed(),
                check == null ? null : !check.agrees(),
                null,
                null);
    }

    private static RowReport error(FileRow row, String column, String reason) {
        return new RowReport(
                row.line(),
                row.board(),
                row.kind(),
                row.metric(),
                row.period(),
                ERROR,
                null,
                null,
                null,
                null,
                null,
                null,
                column,
                reason);
    }
}
