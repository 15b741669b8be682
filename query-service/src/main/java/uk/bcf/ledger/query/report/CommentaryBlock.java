package uk.bcf.ledger.query.report;

import java.util.List;

/**
 * The officers' commentary on one period of a metric.
 *
 * @param period     the period's code, e.g. {@code 2019-20-Q1}
 * @param heading    the period in words, e.g. {@code Quarter 1}
 * @param paragraphs the text, split into paragraphs on blank lines
 */
public record CommentaryBlock(String period, String heading, List<String> paragraphs) {

    public CommentaryBlock {
        paragraphs = List.copyOf(paragraphs);
    }
}
