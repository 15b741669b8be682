package uk.bcf.ledger.shared.command;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Sets the plan for a metric and period that has none yet. *
 * <p>{@code publishedValue}, when given, is the figure as a document prints it, in the metric's unit; the ledger
 * checks it against what the measurement gives and notes it in the figure's history.
 */
public record SetPlanCommand(
        String boardCode,
        String metric,
        Period period,
        Measurement measurement,
        String source,
        String recordedBy,
        BigDecimal publishedValue)
        implements FigureCommand {}
