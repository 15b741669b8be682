package uk.bcf.ledger.shared.metric;

/** How a metric's monthly figures make up a quarter, and its quarters a year. */
public enum Rollup {
    /** The quarter is the sum of its months (admissions, delayed days). */
    SUM,
    /** Each figure is a year-to-date total at the end of its period; a quarter is its last figure. */
    CUMULATIVE_YEAR_TO_DATE,
    /** Numerators and denominators are summed separately and divided once (ratio of sums, not mean of ratios). */
    RATIO_OF_SUMS
}
