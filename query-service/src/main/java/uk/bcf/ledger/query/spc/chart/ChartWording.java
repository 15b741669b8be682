package uk.bcf.ledger.query.spc.chart;

import uk.bcf.ledger.query.spc.Assurance;
import uk.bcf.ledger.query.spc.ShiftRule;
import uk.bcf.ledger.query.spc.SpcPointResult;
import uk.bcf.ledger.query.spc.SpcRule;
import uk.bcf.ledger.query.spc.TrendRule;
import uk.bcf.ledger.query.spc.Variation;

/** The words the chart shows and reads out for its icons, rules and points. */
final class ChartWording {

    private ChartWording() {}

    static String variation(Variation variation) {
        return switch (variation) {
            case COMMON_CAUSE -> "Common cause";
            case IMPROVEMENT_HIGH -> "Special cause — improving, high";
            case IMPROVEMENT_LOW -> "Special cause — improving, low";
            case CONCERN_HIGH -> "Special cause — concerning, high";
            case CONCERN_LOW -> "Special cause — concerning, low";
            case NEUTRAL_HIGH -> "Special cause — neutral, high";
            case NEUTRAL_LOW -> "Special cause — neutral, low";
        };
    }

    /** The assurance in words; no assurance despite a target means the metric has no direction of good. */
    static String assurance(Assurance assurance, Double target) {
        return switch (assurance) {
            case PASS -> "Consistently passing";
            case FAIL -> "Consistently failing";
            case HIT_AND_MISS -> "Hit and miss";
            case NONE -> target == null ? "No target" : "No assurance (no direction of good)";
        };
    }

    /** A point's period and value, and its special cause with the rule that found it. */
    static String point(SpcPointResult point, String unit) {
        String reading = point.period() + ": " + withUnit(point.value(), unit);
        if (point.rule() == null) {
            return reading + ", common cause";
        }
        return reading + ", special cause (" + point.specialCause().code() + ": " + rule(point.rule()) + ")";
    }

    /** A value with its unit, when there is one. */
    static String withUnit(double value, String unit) {
        String number = ChartNumbers.value(value);
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    private static String rule(SpcRule rule) {
        return switch (rule) {
            case OUTSIDE_LIMITS -> "outside the process limits";
            case TREND -> "a run of " + TrendRule.MINIMUM_POINTS + " points rising or falling";
            case TWO_OF_THREE -> "two of three points near a process limit";
            case SHIFT -> "a run of " + ShiftRule.MINIMUM_POINTS + " points on one side of the mean";
        };
    }
}
