package uk.bcf.ledger.query.projection;

import java.util.List;
import java.util.Map;
import uk.bcf.ledger.shared.period.Period;

/**
 * The histories of a board's plans or actuals of one financial year, as known at a moment: each figure's
 * versions stored by then, oldest first, read at once instead of figure by figure.
 *
 * @param byFigure every figure with a version known at the moment, by metric and period
 */
public record FigureHistoryIndex(Map<Figure, List<FigureVersionRow>> byFigure) {

    /** A figure of the year: a metric's value for a period. */
    public record Figure(String metric, Period period) {}

    public FigureHistoryIndex {
        byFigure = Map.copyOf(byFigure);
    }

    /** The figure's versions known at the moment, oldest first; empty when there was none. */
    public List<FigureVersionRow> of(String metric, Period period) {
        return byFigure.getOrDefault(new Figure(metric, period), List.of());
    }
}
