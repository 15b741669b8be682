package uk.bcf.ledger.query.report;

import static uk.bcf.ledger.query.report.BromleyData.CATALOGUE;
import static uk.bcf.ledger.query.report.BromleyData.SCOPE;
import static uk.bcf.ledger.query.report.BromleyData.YEAR;

import java.util.List;
import java.util.Optional;
import uk.bcf.ledger.query.projection.CommentaryRow;

/** Bromley's Q1-Q2 2019-20 report built in memory, with the commentary a test chooses. */
final class SampleReports {

    private static final PopulationSource POPULATION =
            new PopulationSource(2019, "65+", 57_626, "ONS 2016-based sub-national population projections");

    private SampleReports() {}

    static QuarterlyReportView bromley(List<CommentaryRow> commentary) {
        List<MetricSection> sections = CATALOGUE.inForce(YEAR).stream()
                .map(metric -> MetricSectionFactory.of(
                        BromleyData.data(metric.code()),
                        SCOPE,
                        commentary,
                        List.of(metric.defaultSource()),
                        metric.populationAgeBand() == null ? Optional.empty() : Optional.of(POPULATION)))
                .toList();
        ReportHeader header = new ReportHeader(
                "E09000006",
                "Bromley",
                "2019-20",
                "Q2",
                "Quarter 1 and Quarter 2",
                "Q1-Q2",
                "21 November 2019",
                "21 November 2019",
                "17:00:00 GMT on 21 November 2019",
                new RestatementNotice("Figures restated since sign-off on 21 November 2019: no", List.of()));
        return new QuarterlyReportView(header, sections, JudgementRule.STATEMENT);
    }

    static CommentaryRow commentary(String metric, String period, String text) {
        return new CommentaryRow(metric, period, 1, text, "analyst");
    }
}
