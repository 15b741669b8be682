package uk.bcf.ledger.query.report;

import java.util.List;

/**
 * A board's quarterly Better Care Fund performance report, assembled from what was known at one moment and ready
 * to be rendered as a page, a PDF or CSV: plain text and numbers only, no markup except each chart's own SVG.
 *
 * @param header        who, which year and quarters, and which moment the figures stand for
 * @param sections      one section per metric in force in the year, in catalogue order
 * @param judgementRule how each metric's judgement is reached, stated once for the whole report
 * @param finance       the pooled budget of the year ({@link FinanceSection}); null when none is recorded
 */
public record QuarterlyReportView(
        ReportHeader header, List<MetricSection> sections, String judgementRule, FinanceSection finance) {

    public QuarterlyReportView {
        sections = List.copyOf(sections);
    }

    /** A report without a finance section: the board has no pooled budget recorded for the year. */
    public QuarterlyReportView(ReportHeader header, List<MetricSection> sections, String judgementRule) {
        this(header, sections, judgementRule, null);
    }

    /** The same report for figures standing at another moment, in words (a present report a moment later). */
    QuarterlyReportView standingAt(String moment) {
        return new QuarterlyReportView(header.standingAt(moment), sections, judgementRule, finance);
    }
}
