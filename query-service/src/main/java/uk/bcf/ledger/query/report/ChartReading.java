package uk.bcf.ledger.query.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.bcf.ledger.query.spc.Assurance;
import uk.bcf.ledger.query.spc.SpcResult;
import uk.bcf.ledger.query.spc.Variation;

/** What an XmR chart shows, in words for the report's text beside the chart. */
final class ChartReading {

    private static final int DECIMALS = 1;

    private ChartReading() {}

    static String summary(SpcResult result, String unit) {
        return result.points().size() + " monthly points in " + unit + ": mean " + number(result.mean())
                + ", process limits " + number(result.lowerLimit()) + " to " + number(result.upperLimit()) + ".";
    }

    /** A note that the limits are trial limits, or null when they are not. */
    static String limits(SpcResult result) {
        return result.trialLimits()
                ? "Trial limits: computed from only " + result.points().size()
                        + " months, so they will move as more months are reported."
                : null;
    }

    static String variation(Variation variation) {
        return "Variation: "
                + switch (variation) {
                    case COMMON_CAUSE -> "common cause, no significant change.";
                    case IMPROVEMENT_HIGH -> "special cause, improving (high).";
                    case IMPROVEMENT_LOW -> "special cause, improving (low).";
                    case CONCERN_HIGH -> "special cause, of concern (high).";
                    case CONCERN_LOW -> "special cause, of concern (low).";
                    case NEUTRAL_HIGH -> "special cause, neither improving nor of concern (high).";
                    case NEUTRAL_LOW -> "special cause, neither improving nor of concern (low).";
                };
    }

    static String assurance(Assurance assurance) {
        return "Assurance: "
                + switch (assurance) {
                    case PASS -> "the process consistently meets the target.";
                    case FAIL -> "the process consistently misses the target.";
                    case HIT_AND_MISS -> "hit and miss, the target lies within the process limits.";
                    case NONE -> "none, there is no target to assure against.";
                };
    }

    /** A chart value to one decimal, rounded half up. */
    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(DECIMALS, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
