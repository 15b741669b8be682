package uk.bcf.ledger.query.spc;

import java.util.Map;

/** One special-cause rule of an XmR chart: which points it flags, and the side each one deviates to. */
interface SpecialCauseRule {

    /** The rule's name, reported at each point it is the first to flag. */
    SpcRule name();

    /**
     * The points the rule flags.
     *
     * @param values the series, in period order
     * @param limits the series' limits
     * @return the flagged points' indexes, each with its side; an index the rule does not flag is absent
     */
    Map<Integer, Side> flag(double[] values, ProcessLimits limits);
}
