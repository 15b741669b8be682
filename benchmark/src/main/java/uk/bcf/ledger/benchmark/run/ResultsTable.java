package uk.bcf.ledger.benchmark.run;

import java.util.ArrayList;
import java.util.List;

/** The results as a Markdown table, with the context lines printed under it. */
public final class ResultsTable {

    private final List<ResultRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void add(ResultRow row) {
        rows.add(row);
        System.out.printf(
                "RESULT %s %s: %s%s%n",
                row.number(),
                row.measure(),
                row.result(),
                row.ratio().isEmpty() ? "" : " (" + row.ratio() + " of " + row.baseline() + ")");
    }

    public void note(String note) {
        notes.add(note);
    }

    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| # | measure | result | raw baseline | ratio | target | met? |\n");
        text.append("|---|---|---|---|---|---|---|\n");
        for (ResultRow row : rows) {
            text.append("| %s | %s | %s | %s | %s | %s | %s |%n"
                    .formatted(
                            row.number(),
                            row.measure(),
                            row.result(),
                            row.baseline(),
                            row.ratio(),
                            row.target(),
                            row.verdict()));
        }
        text.append('\n');
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        return text.toString();
    }
}
