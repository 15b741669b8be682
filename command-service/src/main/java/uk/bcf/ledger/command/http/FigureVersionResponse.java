package uk.bcf.ledger.command.http;

import uk.bcf.ledger.shared.command.FigureVersion;

/**
 * What a write answers: the figure and its new version, and where it was stored. {@code position} is the event's
 * place in the whole event stream: a read on the query service with {@code awaitPosition=<position>} waits until
 * the read models include this write.
 */
public record FigureVersionResponse(
        String board,
        String kind,
        String metric,
        String period,
        int version,
        String aggregateId,
        long aggregateSequence,
        long position) {

    public static FigureVersionResponse of(
            String board, String kind, String metric, String period, CommandSender.Sent sent) {
        FigureVersion stored = sent.stored();
        return new FigureVersionResponse(
                board,
                kind,
                metric,
                period,
                stored.version(),
                stored.aggregateId(),
                stored.aggregateSequence(),
                sent.position());
    }
}
