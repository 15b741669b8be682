package uk.bcf.ledger.query.report;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.operations.BoardReadCache;
import uk.bcf.ledger.query.operations.ReadCacheProperties;

/**
 * Assembled quarterly reports, kept under the request, its cut-off day and the board's change stamp
 * ({@link BoardReadCache}), weighed by roughly how many characters they hold.
 */
@Component
class ReportCache {

    private static final int CHARACTERS_PER_CELL = 24;
    private static final int CHARACTERS_PER_SECTION = 2_000;

    private final BoardReadCache<ReportKey, QuarterlyReportView> reports;

    ReportCache(ReadCacheProperties properties, MeterRegistry meters) {
        this.reports = new BoardReadCache<>("board-reports", properties.reportChars(), ReportCache::weight, meters);
    }

    /** What a report depends on besides the board's rows: the request, and the day it is cut off at. */
    private record ReportKey(FetchQuarterlyReportQuery request, LocalDate cutOff) {}

    Optional<QuarterlyReportView> find(FetchQuarterlyReportQuery request, ReportMoment moment, OptionalLong stamp) {
        return reports.find(request.boardCode(), new ReportKey(request, moment.cutOff()), stamp);
    }

    void keep(FetchQuarterlyReportQuery request, ReportMoment moment, OptionalLong stamp, QuarterlyReportView report) {
        reports.keep(request.boardCode(), new ReportKey(request, moment.cutOff()), stamp, report);
    }

    private static int weight(QuarterlyReportView report) {
        return report.sections().stream()
                .mapToInt(section -> CHARACTERS_PER_SECTION
                        + (section.chart() == null ? 0 : section.chart().svg().length())
                        + section.table().rows().stream()
                                        .mapToInt(row -> row.cells().size())
                                        .sum()
                                * CHARACTERS_PER_CELL)
                .sum();
    }
}
