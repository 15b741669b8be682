package uk.bcf.ledger.shared.command;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/** Replaces an actual with a corrected version; a reason is required. When {@code expectedVersion}
 * is given (from an {@code If-Match} header) and the figure has moved on, the change is refused. *
 * <p>{@code publishedValue}, when given, is the figure as a document prints it, in the metric's unit; the ledger
 * checks it against what the measurement gives and notes it in the figure's history.
 */
public record CorrectActualCommand(
        String boardCode,
        String metric,
        Period period,
        Measurement measurement,
        String source,
        String reason,
        Integer expectedVersion,
        String recordedBy,
        BigDecimal publishedValue)
        implements FigureCommand {}
