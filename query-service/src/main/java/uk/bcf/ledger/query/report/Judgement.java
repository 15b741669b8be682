package uk.bcf.ledger.query.report;

/**
 * Whether a metric is on track, by the rule the report states ({@link JudgementRule}).
 *
 * @param verdict {@code On track}, {@code Not on track} or {@code Data not available}
 * @param basis   the figures the verdict rests on, in words
 */
public record Judgement(String verdict, String basis) {}
