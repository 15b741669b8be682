package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.bcf.ledger.query.http.CsvCells;
import uk.bcf.ledger.shared.pool.SchemeLine;

/**
 * Writes a pool as one CSV table with {@link CsvCells}, one row per fact, its {@code section} saying which:
 * {@code income}, {@code expenditure}, {@code balance} (by source, and {@code total}), {@code condition} (planned
 * against minimum), {@code type} (spend by scheme type), {@code line}, {@code total} and {@code check}. Amounts in
 * pounds, exact.
 */
final class PoolCsv {

    private static final List<String> HEADER = List.of(
            "board",
            "financial_year",
            "section",
            "key",
            "name",
            "scheme_id",
            "type",
            "sub_type",
            "area_of_spend",
            "commissioner",
            "nhs_percent",
            "la_percent",
            "provider",
            "source",
            "status",
            "amount",
            "next_year_amount",
            "spend_to_date",
            "outturn",
            "variance",
            "percent",
            "result",
            "reason");

    String write(PoolView view) {
        StringBuilder csv = new StringBuilder(CsvCells.line(HEADER));
        amounts(csv, view, "income", view.income());
        amounts(csv, view, "expenditure", view.expenditure());
        amounts(csv, view, "balance", view.balance());
        view.nationalConditions().forEach((name, condition) -> {
            List<String> row = row(view, "condition", name);
            set(row, "amount", condition.planned());
            set(row, "outturn", condition.outturn());
            row.set(HEADER.indexOf("result"), condition.met() == null ? "" : condition.met() ? "MET" : "NOT MET");
            row.set(
                    HEADER.indexOf("reason"),
                    "minimum "
                            + (condition.minimum() == null
                                    ? "not set"
                                    : condition.minimum().toPlainString()));
            csv.append(CsvCells.line(row));
        });
        for (TypeSpend type : view.byType()) {
            List<String> row = row(view, "type", type.type());
            set(row, "amount", type.amount());
            set(row, "percent", type.percent());
            csv.append(CsvCells.line(row));
        }
        for (PoolLine line : view.lines()) {
            csv.append(CsvCells.line(line(view, line)));
        }
        List<String> totals = row(view, "total", "total");
        set(totals, "amount", view.totals().budget());
        set(totals, "next_year_amount", view.totals().nextYearBudget());
        set(totals, "spend_to_date", view.totals().spendToDate());
        set(totals, "outturn", view.totals().outturn());
        set(totals, "variance", view.totals().variance());
        csv.append(CsvCells.line(totals));
        for (PoolCheck check : view.checks()) {
            List<String> row = row(view, "check", check.name());
            row.set(HEADER.indexOf("result"), check.result().name());
            row.set(HEADER.indexOf("reason"), check.reason());
            csv.append(CsvCells.line(row));
        }
        return csv.toString();
    }

    private static List<String> line(PoolView view, PoolLine pooled) {
        SchemeLine line = pooled.line();
        List<String> row = row(view, "line", pooled.lineId());
        row.set(HEADER.indexOf("name"), line.name());
        row.set(HEADER.indexOf("scheme_id"), line.schemeId());
        row.set(HEADER.indexOf("type"), line.type());
        row.set(HEADER.indexOf("sub_type"), line.subType());
        row.set(HEADER.indexOf("area_of_spend"), line.areaOfSpend());
        row.set(HEADER.indexOf("commissioner"), line.commissioner().name());
        set(row, "nhs_percent", line.nhsPercent());
        set(row, "la_percent", line.laPercent());
        row.set(HEADER.indexOf("provider"), line.provider());
        row.set(
                HEADER.indexOf("source"),
                line.source() == null ? null : line.source().name());
        row.set(
                HEADER.indexOf("status"),
                line.status() == null ? null : line.status().name());
        set(row, "amount", pooled.budget());
        set(row, "next_year_amount", pooled.nextYearBudget());
        set(row, "spend_to_date", pooled.spendToDate());
        set(row, "outturn", pooled.outturn());
        set(row, "variance", pooled.variance());
        row.set(
                HEADER.indexOf("reason"),
                pooled.spendRecorded() ? "outturn from " + pooled.outturnBasis() : "no spend recorded");
        return row;
    }

    private static void amounts(StringBuilder csv, PoolView view, String section, Map<String, BigDecimal> amounts) {
        amounts.forEach((key, amount) -> {
            List<String> row = row(view, section, key);
            set(row, "amount", amount);
            csv.append(CsvCells.line(row));
        });
    }

    private static List<String> row(PoolView view, String section, String key) {
        List<String> row = new ArrayList<>(Arrays.asList(new String[HEADER.size()]));
        row.set(0, view.board());
        row.set(1, view.financialYear());
        row.set(2, section);
        row.set(3, key);
        return row;
    }

    private static void set(List<String> row, String column, BigDecimal amount) {
        row.set(HEADER.indexOf(column), CsvCells.number(amount));
    }
}
