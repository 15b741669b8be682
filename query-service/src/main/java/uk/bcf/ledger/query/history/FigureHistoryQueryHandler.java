package uk.bcf.ledger.query.history;

import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.FigureVersionRepository;
import uk.bcf.ledger.query.projection.FigureVersionRow;
import uk.bcf.ledger.query.projection.PublishedFigure;
import uk.bcf.ledger.query.projection.SignOffRepository;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Answers {@link FetchFigureHistoryQuery}: every version of one figure stored by the query's moment, oldest first,
 * each flagged when it restates a signed-off figure. As of a past moment, a version superseded only later shows no
 * {@code supersededAt}: that was not yet known.
 */
@Component
class FigureHistoryQueryHandler {

    private final AsOfResolver moments;
    private final FigureVersionRepository figures;
    private final SignOffRepository signOffs;

    FigureHistoryQueryHandler(AsOfResolver moments, FigureVersionRepository figures, SignOffRepository signOffs) {
        this.moments = moments;
        this.figures = figures;
        this.signOffs = signOffs;
    }

    /**
     * @throws Refusal 404 when the board has no sign-off the moment names, or the figure had no version then
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public FigureHistoryView handle(FetchFigureHistoryQuery query) {
        AsOf asOf = moments.resolve(query.boardCode(), "asOf", query.asOf()).asOf();
        List<FigureVersionRow> rows =
                figures.historyOf(query.boardCode(), query.kind(), query.metric(), query.period(), asOf);
        if (rows.isEmpty()) {
            throw Refusal.notFound(
                    "period",
                    "board '" + query.boardCode() + "' has no " + query.kind().code() + " of " + query.metric()
                            + " for " + query.period().code());
        }
        RestatementRule restatements = new RestatementRule(
                query.period(),
                signOffs.of(query.boardCode(), asOf),
                rows.get(0).systemFrom());
        List<FigureVersionView> versions = rows.stream()
                .map(row -> view(row, restatements.restates(row.systemFrom()), supersededAt(row, asOf)))
                .toList();
        return new FigureHistoryView(
                query.boardCode(), query.kind(), query.metric(), query.period().code(), versions);
    }

    private static Instant supersededAt(FigureVersionRow row, AsOf asOf) {
        boolean knownThen =
                row.systemTo() != null && (asOf.isNow() || !row.systemTo().isAfter(asOf.instant()));
        return knownThen ? row.systemTo() : null;
    }

    private static FigureVersionView view(FigureVersionRow row, boolean restatement, Instant supersededAt) {
        PublishedFigure published = row.published();
        return new FigureVersionView(
                row.version(),
                row.change(),
                row.value(),
                row.numerator(),
                row.denominator(),
                row.perDay(),
                row.withdrawn(),
                restatement,
                row.recordedBy(),
                row.systemFrom(),
                supersededAt,
                row.source(),
                row.reason(),
                row.eventId(),
                published.publishedValue(),
                published.computedValue(),
                published.discrepancy(),
                row.rate(),
                row.percent(),
                row.mean());
    }
}
