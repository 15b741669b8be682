package uk.bcf.ledger.query.projection;

import java.math.BigDecimal;
import java.time.Instant;
import uk.bcf.ledger.shared.figure.FigureKind;

/**
 * A figure that changed after a moment, read from {@code figure_version} joined with its own later version: its
 * value then and now, side by side, and the latest change's author and reason. Values are as supplied (counts, or numerator/denominator); {@code newWithdrawn} marks a withdrawal.
 */
public record RestatementRow(
        FigureKind kind,
        String metric,
        String period,
        int oldVersion,
        BigDecimal oldValue,
        Long oldNumerator,
        Long oldDenominator,
        int newVersion,
        BigDecimal newValue,
        Long newNumerator,
        Long newDenominator,
        boolean newWithdrawn,
        String changedBy,
        Instant changedAt,
        String reason) {}
