package uk.bcf.ledger.query.pages;

import java.util.List;
import uk.bcf.ledger.query.http.Moment;
import uk.bcf.ledger.query.performance.PerformanceRow;
import uk.bcf.ledger.query.performance.PerformanceView;
import uk.bcf.ledger.shared.metric.MetricDefinition;

/**
 * What the performance page of a board's financial year shows.
 *
 * @param performance the performance view
 * @param moment      the moment it stands for, and the sign-off that named it, if one did
 * @param signOffs    the year's sign-offs, oldest first, each a link to the view as then presented
 * @param sections    the view's rows by metric, in the view's order
 */
public record PerformancePageView(
        PerformanceView performance, Moment moment, List<SignOffLink> signOffs, List<PerformanceSection> sections) {

    public PerformancePageView {
        signOffs = List.copyOf(signOffs);
        sections = List.copyOf(sections);
    }

    /** One metric's rows of the view, with the metric's definition for headings. */
    public record PerformanceSection(MetricDefinition metric, List<PerformanceRow> rows) {}

    /** A sign-off of the year, with the {@code asOf} value that shows the view as it was presented. */
    public record SignOffLink(String quarter, String meetingDate, String asOf) {}
}
