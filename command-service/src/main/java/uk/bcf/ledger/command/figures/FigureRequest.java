package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * The JSON body of a plan or actual: {@code metric}, {@code period} and the figure in a form the metric takes (its
 * components, or as printed: {@code rate}, {@code percent}, {@code mean}), with the figure as a document printed it
 * ({@code publishedValue}) when that is to be checked. For a correction, {@code reason} is required and metric and
 * period come from the URL.
 */
record FigureRequest(
        String metric,
        String period,
        BigDecimal value,
        Long numerator,
        Long denominator,
        BigDecimal perDay,
        BigDecimal rate,
        BigDecimal percent,
        BigDecimal mean,
        BigDecimal publishedValue,
        String source,
        String reason) {

    Measurement measurement() {
        return new Measurement(value, numerator, denominator, perDay, rate, percent, mean);
    }
}
