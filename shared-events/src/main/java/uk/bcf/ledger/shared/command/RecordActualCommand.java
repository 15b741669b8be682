package uk.bcf.ledger.shared.command;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Records the actual for a metric and period that has none (or only a withdrawn one). *
 * <p>{@code publishedValue}, when given, is the figure as a document prints it, in the metric's unit; the ledger
 * checks it against what the measurement gives and notes it in the figure's history.
 */
public record RecordActualCommand(
        String boardCode,
        String metric,
        Period period,
        Measurement measurement,
        String source,
        String recordedBy,
        BigDecimal publishedValue)
        implements FigureCommand {}
