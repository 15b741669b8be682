package uk.bcf.ledger.command.pool;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import uk.bcf.ledger.command.http.CommandSender;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.period.FinancialYear;

/**
 * What a pool write answers ({@code 201 Created}): the entry written, its new version and where its event is
 * stored; {@code position} is what a read waits for with {@code awaitPosition}. A line (and its spend) names the
 * line in {@code lineId}; a contribution its {@code id}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PoolEntryResponse(
        String board,
        String financialYear,
        String kind,
        String id,
        String lineId,
        String period,
        int version,
        String aggregateId,
        long aggregateSequence,
        long position) {

    static PoolEntryResponse of(
            String board,
            FinancialYear year,
            String kind,
            String id,
            String lineId,
            String period,
            CommandSender.Sent sent) {
        FigureVersion stored = sent.stored();
        return new PoolEntryResponse(
                board,
                year.code(),
                kind,
                id,
                lineId,
                period,
                stored.version(),
                stored.aggregateId(),
                stored.aggregateSequence(),
                sent.position());
    }

    /** Where the entry is written: its URL on the command service. */
    URI location() {
        return URI.create("/api/boards/" + board + "/pool/" + financialYear + "/"
                + switch (kind) {
                    case "contribution" -> "contributions/" + id;
                    case "line" -> "schemes/" + lineId;
                    case "spend" -> "spend/" + lineId + "/" + period;
                    default -> kind;
                });
    }
}
