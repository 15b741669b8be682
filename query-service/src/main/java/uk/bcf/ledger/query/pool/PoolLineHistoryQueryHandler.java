package uk.bcf.ledger.query.pool;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.http.AsOfResolver;
import uk.bcf.ledger.query.projection.AsOf;
import uk.bcf.ledger.query.projection.PoolEntryRepository;
import uk.bcf.ledger.query.projection.PoolEntryRow;
import uk.bcf.ledger.shared.pool.PoolEntryKey;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.Spend;
import uk.bcf.ledger.shared.refusal.Refusal;

/** Answers {@link FetchPoolLineHistoryQuery} from {@code pool_entry_version}, as known at the query's moment. */
@Component
class PoolLineHistoryQueryHandler {

    private final AsOfResolver moments;
    private final PoolEntryRepository entries;

    PoolLineHistoryQueryHandler(AsOfResolver moments, PoolEntryRepository entries) {
        this.moments = moments;
        this.entries = entries;
    }

    /**
     * @throws Refusal 404 when the line was not known at the moment
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PoolLineHistoryView handle(FetchPoolLineHistoryQuery query) {
        AsOf asOf = moments.resolve(query.boardCode(), "asOf", query.asOf()).asOf();
        List<PoolEntryRow> rows = entries.lineHistory(query.boardCode(), query.year(), query.lineId(), asOf);
        if (rows.stream().noneMatch(row -> row.kind().equals(PoolEntryKey.LINE))) {
            throw Refusal.notFound(
                    "lineId",
                    "the " + query.year().code() + " pool of board " + query.boardCode() + " has no line '"
                            + query.lineId() + "'");
        }
        return new PoolLineHistoryView(
                query.boardCode(),
                query.year().code(),
                query.lineId(),
                rows.stream().map(PoolLineHistoryQueryHandler::version).toList());
    }

    private static PoolLineHistoryView.Version version(PoolEntryRow row) {
        boolean line = row.kind().equals(PoolEntryKey.LINE);
        return new PoolLineHistoryView.Version(
                row.kind(),
                line ? null : row.key().substring(row.key().lastIndexOf('/') + 1),
                row.version(),
                row.change().name().toLowerCase(java.util.Locale.ROOT),
                row.withdrawn(),
                line ? row.value(SchemeLine.class) : row.value(Spend.class),
                row.recordedBy(),
                row.reason(),
                row.systemFrom(),
                row.systemTo());
    }
}
