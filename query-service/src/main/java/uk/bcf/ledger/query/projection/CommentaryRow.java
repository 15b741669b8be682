package uk.bcf.ledger.query.projection;

/**
 * A version of a commentary, as the {@code commentary_version} table holds it.
 *
 * @param metric     the metric it is about
 * @param period     the quarter or year it is about
 * @param version    1 for the first text, one more for each rewrite
 * @param text       the text, plain text
 * @param recordedBy who wrote it
 */
public record CommentaryRow(String metric, String period, int version, String text, String recordedBy) {}
