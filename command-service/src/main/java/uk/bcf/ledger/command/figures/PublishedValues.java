package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The published figure of a write: its {@code publishedValue}, or the printed rate, percentage or mean given beside
 * the components that define the figure. Given both, they must be the same figure as written.
 */
final class PublishedValues {

    private PublishedValues() {}

    static BigDecimal of(BigDecimal publishedValue, BigDecimal printedBesideComponents) {
        if (publishedValue == null) {
            return printedBesideComponents;
        }
        if (printedBesideComponents != null && !publishedValue.equals(printedBesideComponents)) {
            throw Refusal.invalid(
                    "publishedValue",
                    "differs from the printed figure given with the components (" + publishedValue.toPlainString()
                            + " and " + printedBesideComponents.toPlainString() + "); give the printed figure once");
        }
        return publishedValue;
    }
}
