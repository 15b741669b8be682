package uk.bcf.ledger.query.pool;

import java.time.Instant;
import java.util.List;

/** Every version of a scheme line and of its quarters' spend, oldest first: what changed, when, by whom and why. */
public record PoolLineHistoryView(String board, String financialYear, String lineId, List<Version> versions) {

    /**
     * One version: of the line itself ({@code kind} {@code line}) or of its spend in {@code period}.
     *
     * @param value        the line or the quarter's spend as entered; for a withdrawal, what was withdrawn
     * @param recordedAt   when this version became the one known
     * @param replacedAt   when a later version replaced it; null while current
     */
    public record Version(
            String kind,
            String period,
            int version,
            String change,
            boolean withdrawn,
            Object value,
            String recordedBy,
            String reason,
            Instant recordedAt,
            Instant replacedAt) {}
}
