package uk.bcf.ledger.query.report;

import java.util.List;

/**
 * Whether any figure of the report's year has been restated since the quarter was signed off, and which.
 *
 * @param statement the answer in words, e.g. {@code Figures restated since sign-off on 21 November 2019: no}
 * @param figures   the restated figures, empty when none or when the quarter is not signed off
 */
public record RestatementNotice(String statement, List<RestatedFigure> figures) {

    public RestatementNotice {
        figures = List.copyOf(figures);
    }
}
