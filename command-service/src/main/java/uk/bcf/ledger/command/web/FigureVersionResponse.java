package uk.bcf.ledger.command.web;

import uk.bcf.ledger.shared.figure.FigureVersion;

/**
 * What a write answers: the figure and its new version, and where it was stored. {@code aggregateSequence} lets a
 * reader wait until the query side has caught up with this write.
 */
record FigureVersionResponse(
        String board,
        String kind,
        String metric,
        String period,
        int version,
        String aggregateId,
        long aggregateSequence) {

    static FigureVersionResponse of(String board, String kind, String metric, String period, FigureVersion stored) {
        return new FigureVersionResponse(board, kind, metric, period, stored.version(), stored.aggregateId(), stored.aggregateSequence());
    }
}
