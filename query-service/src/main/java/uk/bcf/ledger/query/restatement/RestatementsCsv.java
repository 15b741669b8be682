package uk.bcf.ledger.query.restatement;

import java.util.Arrays;
import java.util.List;
import uk.bcf.ledger.query.http.CsvCells;
import uk.bcf.ledger.query.projection.RestatementRow;

/** Writes restatements as CSV with {@link CsvCells}: a header line, then one line per changed figure. */
final class RestatementsCsv {

    private static final List<String> HEADER = List.of(
            "board",
            "kind",
            "metric",
            "period",
            "old_version",
            "old_value",
            "old_numerator",
            "old_denominator",
            "new_version",
            "new_value",
            "new_numerator",
            "new_denominator",
            "new_withdrawn",
            "changed_by",
            "changed_at",
            "reason");

    String write(RestatementsView view) {
        StringBuilder csv = new StringBuilder(CsvCells.line(HEADER));
        for (RestatementRow change : view.restatements()) {
            csv.append(CsvCells.line(Arrays.asList(
                    view.board(),
                    change.kind().code(),
                    change.metric(),
                    change.period(),
                    String.valueOf(change.oldVersion()),
                    CsvCells.number(change.oldValue()),
                    CsvCells.number(change.oldNumerator()),
                    CsvCells.number(change.oldDenominator()),
                    String.valueOf(change.newVersion()),
                    CsvCells.number(change.newValue()),
                    CsvCells.number(change.newNumerator()),
                    CsvCells.number(change.newDenominator()),
                    String.valueOf(change.newWithdrawn()),
                    change.changedBy(),
                    change.changedAt().toString(),
                    change.reason())));
        }
        return csv.toString();
    }
}
