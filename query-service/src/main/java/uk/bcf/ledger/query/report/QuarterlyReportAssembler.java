package uk.bcf.ledger.query.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.pool.PoolCalculator;
import uk.bcf.ledger.query.pool.PoolEntries;
import uk.bcf.ledger.query.pool.PoolEntriesLoader;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.BoardRepository;
import uk.bcf.ledger.query.projection.BoardRow;
import uk.bcf.ledger.query.projection.CommentaryRow;
import uk.bcf.ledger.query.projection.CommentaryVersionRepository;
import uk.bcf.ledger.query.projection.PopulationVersionRepository;
import uk.bcf.ledger.query.projection.RestatementRepository;
import uk.bcf.ledger.query.projection.RestatementRow;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Assembles a board's quarterly report from the read models as they stood at the report's moment: the board,
 * every metric's figures, plans, commentary and sources, the restatements since the quarter's sign-off, and the
 * finance section from the year's pooled budget. All
 * reads share one repeatable-read transaction, so the report comes from a single snapshot.
 */
@Component
class QuarterlyReportAssembler {

    private final BoardRepository boards;
    private final MetricDataLoader figures;
    private final CommentaryVersionRepository commentaries;
    private final ActualSourceLoader sources;
    private final PopulationVersionRepository populations;
    private final RestatementRepository changes;
    private final PoolEntriesLoader pool;

    QuarterlyReportAssembler(
            BoardRepository boards,
            MetricDataLoader figures,
            CommentaryVersionRepository commentaries,
            ActualSourceLoader sources,
            PopulationVersionRepository populations,
            RestatementRepository changes,
            PoolEntriesLoader pool) {
        this.boards = boards;
        this.figures = figures;
        this.commentaries = commentaries;
        this.sources = sources;
        this.populations = populations;
        this.changes = changes;
        this.pool = pool;
    }

    /**
     * @throws Refusal 404 for a board unknown at the moment
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public QuarterlyReportView assemble(FetchQuarterlyReportQuery request, ReportMoment moment) {
        AsOf asOf = moment.asOf();
        BoardRow board = boards.find(request.boardCode(), asOf)
                .orElseThrow(
                        () -> Refusal.notFound("board", "no board with code '" + request.boardCode() + "' is known"));
        ReportScope scope = new ReportScope(request.quarter(), moment.reportingDate());
        List<CommentaryRow> commentary = commentaries.of(board.code(), scope.year(), asOf);
        Function<MetricData, List<String>> actualSources = sources.of(board.code(), scope, asOf);
        List<MetricSection> sections = figures.load(board.code(), scope, asOf).stream()
                .map(data -> MetricSectionFactory.of(
                        data,
                        scope,
                        commentary,
                        actualSources.apply(data),
                        population(board.code(), data.metric(), scope, moment)))
                .toList();
        return new QuarterlyReportView(
                header(board, scope, moment), sections, JudgementRule.STATEMENT, finance(board.code(), scope, asOf));
    }

    /** The finance section from the year's pooled budget as known at the moment; null when none is recorded. */
    private FinanceSection finance(String boardCode, ReportScope scope, AsOf asOf) {
        PoolEntries entries = pool.load(boardCode, scope.year(), asOf);
        if (entries.isEmpty()) {
            return null;
        }
        return FinanceSectionFactory.of(
                new PoolCalculator().calculate(boardCode, scope.year(), asOf.instant(), entries), scope.year());
    }

    private ReportHeader header(BoardRow board, ReportScope scope, ReportMoment moment) {
        List<RestatementRow> restated = moment.signedOffBefore()
                ? changes.between(board.code(), scope.year(), moment.signOff().recordedAt(), moment.asOf())
                : List.of();
        return new ReportHeader(
                board.code(),
                board.name(),
                scope.year().code(),
                "Q" + scope.quarter().number(),
                ReportLabels.quartersCovered(scope.quarter()),
                scope.quarterRange(),
                moment.signOff() == null
                        ? null
                        : ReportLabels.date(moment.signOff().meetingDate()),
                ReportLabels.date(moment.cutOff()),
                ReportLabels.moment(moment.effective()),
                RestatementNoticeFactory.of(moment.signOff(), restated, scope.year()));
    }

    private Optional<PopulationSource> population(
            String boardCode, MetricDefinition metric, ReportScope scope, ReportMoment moment) {
        if (metric.populationAgeBand() == null) {
            return Optional.empty();
        }
        return populations
                .validAt(boardCode, scope.year().startYear(), metric.populationAgeBand(), moment.effective())
                .map(PopulationSource::of);
    }
}
