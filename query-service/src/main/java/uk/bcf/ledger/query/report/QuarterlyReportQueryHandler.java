package uk.bcf.ledger.query.report;

import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import uk.bcf.ledger.query.projection.BoardChangeRepository;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Answers {@link FetchQuarterlyReportQuery}: the report assembled, or served again from the {@link ReportCache} while the board's
 * change stamp, read in the same repeatable-read snapshot, is unchanged. A report as of a given moment depends on
 * nothing else. A present report also stands at the clock's moment: it is kept only when none of the board's rows
 * took effect after that moment, so the same figures stand at any later one, and served again restated at the
 * new moment.
 */
@Component
class QuarterlyReportQueryHandler {

    private final ReportMomentResolver moments;
    private final BoardChangeRepository changes;
    private final ReportCache cache;
    private final QuarterlyReportAssembler assembler;

    QuarterlyReportQueryHandler(
            ReportMomentResolver moments,
            BoardChangeRepository changes,
            ReportCache cache,
            QuarterlyReportAssembler assembler) {
        this.moments = moments;
        this.changes = changes;
        this.cache = cache;
        this.assembler = assembler;
    }

    /**
     * @throws Refusal 404 for a sign-off or board unknown at the moment
     */
    @QueryHandler
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public QuarterlyReportView handle(FetchQuarterlyReportQuery request) {
        ReportMoment moment = moments.resolve(request);
        OptionalLong stamp = changes.stampOf(request.boardCode());
        Optional<QuarterlyReportView> known = cache.find(request, moment, stamp);
        if (known.isPresent()) {
            return moment.present() ? known.get().standingAt(ReportLabels.moment(moment.effective())) : known.get();
        }
        QuarterlyReportView report = assembler.assemble(request, moment);
        if (!moment.present()
                || changes.latestSystemTime(request.boardCode())
                        .map(latest -> !latest.isAfter(moment.effective()))
                        .orElse(false)) {
            cache.keep(request, moment, stamp, report);
        }
        return report;
    }
}
