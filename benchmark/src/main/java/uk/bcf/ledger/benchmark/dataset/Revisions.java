package uk.bcf.ledger.benchmark.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.bcf.ledger.shared.figure.Measurement;

/**
 * What happens to figures after they were first loaded: about one in ten is corrected (an actual) or revised (a
 * plan) with a reason, by a few per cent; about one actual in two hundred is withdrawn after validation.
 */
final class Revisions {

    static final double CORRECTED = 0.10;
    static final double WITHDRAWN = 0.005;

    private static final List<String> ACTUAL_REASONS = List.of(
            "SUS resubmission after validation",
            "late data back-filled by the provider",
            "corrected after local audit of the return");
    private static final List<String> PLAN_REASONS = List.of(
            "plan re-profiled for seasonality",
            "target revised at the quarterly review",
            "plan corrected: template formula error");
    private static final String WITHDRAWAL_REASON = "disputed after validation";

    private Revisions() {}

    /** The later versions of the figures chosen for a change, in the figures' order. */
    static List<FigureRow> corrections(List<FigureRow> figures, SplittableRandom random) {
        List<FigureRow> corrections = new ArrayList<>();
        for (FigureRow row : figures) {
            if (random.nextDouble() < CORRECTED) {
                List<String> reasons = "plan".equals(row.kind()) ? PLAN_REASONS : ACTUAL_REASONS;
                corrections.add(
                        row.changedTo(changed(row.figure(), random), reasons.get(random.nextInt(reasons.size()))));
            }
        }
        return corrections;
    }

    /** The actuals withdrawn after validation. */
    static List<Withdrawal> withdrawals(List<FigureRow> figures, SplittableRandom random) {
        List<Withdrawal> withdrawals = new ArrayList<>();
        for (FigureRow row : figures) {
            if ("actual".equals(row.kind()) && random.nextDouble() < WITHDRAWN) {
                withdrawals.add(new Withdrawal(row.board(), row.metric(), row.period(), WITHDRAWAL_REASON));
            }
        }
        return withdrawals;
    }

    /** A figure a few per cent away from the original, never identical to it and valid for its shape. */
    static Measurement changed(Measurement original, SplittableRandom random) {
        double factor = (random.nextBoolean() ? 1 : -1) * (0.02 + 0.06 * random.nextDouble());
        if (original.perDay() != null) {
            BigDecimal perDay =
                    original.perDay().multiply(BigDecimal.valueOf(1 + factor)).setScale(1, RoundingMode.HALF_UP);
            if (perDay.compareTo(original.perDay()) == 0 || perDay.signum() <= 0) {
                perDay = original.perDay().add(new BigDecimal("0.1"));
            }
            return Measurement.perDay(perDay);
        }
        if (original.numerator() != null && original.denominator() != null) {
            long denominator = original.denominator();
            long numerator = Math.max(0, Math.min(denominator, Math.round(original.numerator() * (1 + factor))));
            if (numerator == original.numerator()) {
                return numerator > 0
                        ? Measurement.ratio(numerator - 1, denominator)
                        : Measurement.ratio(numerator, denominator + 1);
            }
            return Measurement.ratio(numerator, denominator);
        }
        long value = original.value().longValueExact();
        long changed = Math.max(0, Math.round(value * (1 + factor)));
        return Measurement.count(changed == value ? value + 1 : changed);
    }
}
