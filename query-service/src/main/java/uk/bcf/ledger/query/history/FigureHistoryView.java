package uk.bcf.ledger.query.history;

import java.util.List;
import uk.bcf.ledger.shared.figure.FigureKind;

/** Every version of one figure, oldest first; the last one is the current version. */
public record FigureHistoryView(
        String board, FigureKind kind, String metric, String period, List<FigureVersionView> versions) {

    public FigureHistoryView {
        versions = List.copyOf(versions);
    }

    public FigureVersionView current() {
        return versions.get(versions.size() - 1);
    }
}
