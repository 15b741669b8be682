package uk.bcf.ledger.query.performance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bcf.ledger.query.projection.CurrentFigure;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.Period;

/** The figures (all actuals, or all plans) posted for one metric in one financial year, by period. */
final class PostedFigureIndex {

    private final Map<Period, Measurement> byPeriod = new HashMap<>();

    private PostedFigureIndex(String metric, FinancialYear year, List<CurrentFigure> figures) {
        for (CurrentFigure figure : figures) {
            if (figure.metric().equals(metric)
                    && figure.period().financialYear().equals(year)) {
                byPeriod.put(figure.period(), figure.measurement());
            }
        }
    }

    /** Picks out of {@code figures} those of the metric and year; the others are ignored. */
    static PostedFigureIndex of(String metric, FinancialYear year, List<CurrentFigure> figures) {
        return new PostedFigureIndex(metric, year, figures);
    }

    /** These figures without the one posted for {@code period}. */
    PostedFigureIndex without(Period period) {
        PostedFigureIndex copy = new PostedFigureIndex("", period.financialYear(), List.of());
        copy.byPeriod.putAll(byPeriod);
        copy.byPeriod.remove(period);
        return copy;
    }

    boolean isEmpty() {
        return byPeriod.isEmpty();
    }

    /** The figure posted directly for exactly this period. */
    Optional<Measurement> postedFor(Period period) {
        return Optional.ofNullable(byPeriod.get(period));
    }

    /** The months of a period that have a figure posted directly, in month order. */
    List<Month> postedMonths(Period within) {
        return within.months().stream().filter(byPeriod::containsKey).toList();
    }
}
