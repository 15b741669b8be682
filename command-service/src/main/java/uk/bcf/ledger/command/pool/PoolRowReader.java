package uk.bcf.ledger.command.pool;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import uk.bcf.ledger.command.imports.CsvImportFiles;
import uk.bcf.ledger.shared.pool.Commissioner;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.FundingSource;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeStatus;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Reads a row of a pool import into a contribution or a scheme line, with the same names as the JSON requests
 * (sources, commissioners, statuses and units by name, amounts as plain decimals or with thousands separators). A
 * cell that cannot be read makes the row unreadable, with the column and why; the rules of the entry itself are the
 * ledger's to apply.
 */
final class PoolRowReader {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private PoolRowReader() {}

    static PoolImportRow read(CsvImportFiles.Row row) {
        String record = text(row.cell("record"));
        String id = text(row.cell("id"));
        try {
            if (PoolImportRow.CONTRIBUTION.equalsIgnoreCase(record)) {
                return new PoolImportRow(row.line(), PoolImportRow.CONTRIBUTION, id, contribution(row), null, null);
            }
            if (PoolImportRow.LINE.equalsIgnoreCase(record)) {
                return new PoolImportRow(row.line(), PoolImportRow.LINE, id, null, schemeLine(row), null);
            }
            throw Refusal.invalid(
                    "record", "must be contribution or line, not '" + (record == null ? "" : record) + "'");
        } catch (Refusal refused) {
            return new PoolImportRow(row.line(), record, id, null, null, refused.field() + ": " + refused.reason());
        }
    }

    private static Contribution contribution(CsvImportFiles.Row row) {
        String from = text(row.cell("carried_forward_from"));
        return new Contribution(
                PoolRequests.named("source", text(row.cell("source")), FundingSource.class),
                text(row.cell("contributor")),
                decimal("amount", row.cell("amount")),
                PoolRequests.unit(text(row.cell("unit"))),
                text(row.cell("note")),
                from == null ? null : PoolRequests.yearField("carried_forward_from", from));
    }

    private static SchemeLine schemeLine(CsvImportFiles.Row row) {
        return new SchemeLine(
                text(row.cell("scheme_id")),
                text(row.cell("name")),
                text(row.cell("description")),
                text(row.cell("type")),
                text(row.cell("sub_type")),
                text(row.cell("other_description")),
                text(row.cell("area_of_spend")),
                PoolRequests.named("commissioner", text(row.cell("commissioner")), Commissioner.class),
                decimal("nhs_percent", row.cell("nhs_percent")),
                decimal("la_percent", row.cell("la_percent")),
                text(row.cell("provider")),
                PoolRequests.named("source", text(row.cell("source")), FundingSource.class),
                decimal("amount", row.cell("amount")),
                decimal("next_year_amount", row.cell("next_year_amount")),
                PoolRequests.unit(text(row.cell("unit"))),
                PoolRequests.named("status", text(row.cell("status")), SchemeStatus.class));
    }

    private static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    private static BigDecimal decimal(String column, String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String plain = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw Refusal.invalid(column, "'" + text + "' is not a number");
        }
    }
}
