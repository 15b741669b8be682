package uk.bcf.ledger.query.spc.chart;

import uk.bcf.ledger.query.spc.Assurance;
import uk.bcf.ledger.query.spc.SpecialCause;
import uk.bcf.ledger.query.spc.Variation;

/**
 * The Making Data Count colours of point markers and icons: blue for improvement, orange for concern, purple for a
 * special cause without a direction of good, grey for common cause.
 */
final class ChartPalette {

    static final String IMPROVEMENT = "#41B6E6";
    static final String CONCERN = "#ED8B00";
    static final String NEUTRAL = "#7030A0";
    static final String COMMON_CAUSE = "#A6A6A6";
    static final String NO_ASSURANCE = "#FFFFFF";
    static final String TEXT = "#231F20";

    private ChartPalette() {}

    /** The marker colour of a point; grey when it has no special cause. */
    static String ofCause(SpecialCause cause) {
        if (cause == null) {
            return COMMON_CAUSE;
        }
        return switch (cause) {
            case IMPROVEMENT -> IMPROVEMENT;
            case CONCERN -> CONCERN;
            case NEUTRAL -> NEUTRAL;
        };
    }

    static String ofVariation(Variation variation) {
        return switch (variation) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> IMPROVEMENT;
            case CONCERN_HIGH, CONCERN_LOW -> CONCERN;
            case NEUTRAL_HIGH, NEUTRAL_LOW -> NEUTRAL;
        };
    }

    /** Blue when passing, orange when failing, grey when hit and miss, white when there is no assurance. */
    static String ofAssurance(Assurance assurance) {
        return switch (assurance) {
            case PASS -> IMPROVEMENT;
            case FAIL -> CONCERN;
            case HIT_AND_MISS -> COMMON_CAUSE;
            case NONE -> NO_ASSURANCE;
        };
    }
}
