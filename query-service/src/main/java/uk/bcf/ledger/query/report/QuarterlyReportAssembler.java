package uk.bcf.ledger.query.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.ReadRefused;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardTables.BoardRow;
import uk.bcf.ledger.query.projection.BoardTables;
import uk.bcf.ledger.query.projection.CommentaryVersions.Commentary;
import uk.bcf.ledger.query.projection.CommentaryVersions;
import uk.bcf.ledger.query.projection.FigureChanges;
import uk.bcf.ledger.query.projection.RestatementView;
import uk.bcf.ledger.shared.metric.MetricDefinition;

/**
 * Assembles a board's quarterly report from the read models as they stood at the report's moment: the board,
 * every metric's figures, plans, commentary and sources, and the restatements since the quarter's sign-off. All
 * reads share one repeatable-read transaction, so the report comes from a single snapshot.
 */
@Component
class QuarterlyReportAssembler {

    private final BoardTables boards;
    private final MetricDataLoader figures;
    private final CommentaryVersions commentaries;
    private final ActualSources sources;
    private final PopulationSources populations;
    private final FigureChanges changes;

    QuarterlyReportAssembler(BoardTables boards, MetricDataLoader figures, CommentaryVersions commentaries,
            ActualSources sources, PopulationSources populations, FigureChanges changes) {
        this.boards = boards;
        this.figures = figures;
        this.commentaries = commentaries;
        this.sources = sources;
        this.populations = populations;
        this.changes = changes;
    }

    /**
     * @throws ReadRefused 404 for a board unknown at the moment
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public QuarterlyReport assemble(FetchQuarterlyReportQuery request, ReportMoment moment) {
        AsOf asOf = moment.asOf();
        BoardRow board = boards.find(request.boardCode(), asOf).orElseThrow(() ->
                ReadRefused.notFound("board", "no board with code '" + request.boardCode() + "' is known"));
        ReportScope scope = new ReportScope(request.quarter(), moment.reportingDate());
        List<Commentary> commentary = commentaries.of(board.code(), scope.year(), asOf);
        Function<MetricData, List<String>> actualSources = sources.of(board.code(), scope, asOf);
        List<MetricSection> sections = figures.load(board.code(), scope, asOf).stream()
                .map(data -> MetricSections.of(data, scope, commentary, actualSources.apply(data),
                        population(board.code(), data.metric(), scope, moment)))
                .toList();
        return new QuarterlyReport(header(board, scope, moment), sections, JudgementRule.STATEMENT);
    }

    private ReportHeader header(BoardRow board, ReportScope scope, ReportMoment moment) {
        List<RestatementView> restated = moment.signedOffBefore()
                ? changes.between(board.code(), scope.year(), moment.signOff().recordedAt(), moment.asOf())
                : List.of();
        return new ReportHeader(board.code(), board.name(), scope.year().code(), "Q" + scope.quarter().number(),
                ReportLabels.quartersCovered(scope.quarter()), scope.quarterRange(),
                moment.signOff() == null ? null : ReportLabels.date(moment.signOff().meetingDate()),
                ReportLabels.date(moment.cutOff()), ReportLabels.moment(moment.effective()),
                RestatementNotices.of(moment.signOff(), restated, scope.year()));
    }

    private Optional<PopulationSource> population(String boardCode, MetricDefinition metric, ReportScope scope,
            ReportMoment moment) {
        if (metric.populationAgeBand() == null) {
            return Optional.empty();
        }
        return populations.at(boardCode, scope.year().startYear(), metric.populationAgeBand(), moment.effective());
    }
}
