package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * The JSON body of a plan or actual: {@code metric}, {@code period} and the components the metric takes. For a
 * correction, {@code reason} is required and metric and period come from the URL.
 */
record FigureRequest(
        String metric,
        String period,
        BigDecimal value,
        Long numerator,
        Long denominator,
        BigDecimal perDay,
        String source,
        String reason) {

    Measurement measurement() {
        return new Measurement(value, numerator, denominator, perDay);
    }
}
