package uk.bcf.ledger.query.report;

/**
 * A data column of a report table.
 *
 * @param key     its name in CSV, e.g. {@code quarter_plan}
 * @param heading its heading on the page, e.g. {@code Quarterly plan}
 */
public record ReportColumn(String key, String heading) {}
