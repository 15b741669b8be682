package uk.bcf.ledger.query.spc;

import uk.bcf.ledger.shared.metric.Direction;

/**
 * A special cause found at one point: the rule that found it and the side the point deviates to.
 *
 * @param rule the rule, the first in precedence order that flagged the point
 * @param side high or low: the point's side of the mean, or for a trend the trend's direction
 */
record RuleMatch(SpcRule rule, Side side) {

    /** How the special cause reads against a direction of good, which may be absent. */
    SpecialCause cause(Direction goodDirection) {
        return SpecialCause.of(side, goodDirection);
    }

    /** The variation icon this special cause shows when it is at the latest point. */
    Variation variation(Direction goodDirection) {
        return Variation.of(cause(goodDirection), side);
    }
}
