package uk.bcf.ledger.query.report;

import java.util.List;

/**
 * The part of a quarterly report about one metric.
 *
 * @param code          the metric's code
 * @param name          the metric's national name
 * @param definition    the national definition
 * @param unit          what the values count
 * @param goodDirection which way is good, in words
 * @param target        the target statement with its history
 * @param table         the figures, in the table shape the metric's data calls for
 * @param notes         how derived values are computed (e.g. a rate's population), possibly none
 * @param sources       where the figures shown come from
 * @param chart         the XmR chart of the monthly actuals, or null when the metric has too few
 * @param commentary    the officers' narrative for each covered quarter and the year, possibly none
 * @param judgement     whether the metric is on track
 */
public record MetricSection(
        String code,
        String name,
        String definition,
        String unit,
        String goodDirection,
        String target,
        ReportTable table,
        List<String> notes,
        String sources,
        ReportChart chart,
        List<CommentaryBlock> commentary,
        Judgement judgement) {

    public MetricSection {
        notes = List.copyOf(notes);
        commentary = List.copyOf(commentary);
    }
}
