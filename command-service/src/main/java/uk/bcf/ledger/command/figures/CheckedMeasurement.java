package uk.bcf.ledger.command.figures;

import java.math.BigDecimal;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * A measurement brought to its stored form by {@link MeasurementPolicy}, and the printed figure given beside the
 * components that define it ({@code "rate": 551.4} with a numerator and denominator), which is not stored in the
 * measurement but checked and noted as the figure's published value.
 *
 * @param stored  the canonical measurement to store
 * @param printed the rate, percentage or mean given beside components, or null
 */
record CheckedMeasurement(Measurement stored, BigDecimal printed) {}
