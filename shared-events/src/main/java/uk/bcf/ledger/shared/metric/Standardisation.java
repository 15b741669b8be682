package uk.bcf.ledger.shared.metric;

/**
 * Whether a rate is age-standardised. A standardised rate is published as the rate itself: it has no
 * count-over-population form, so it is given as a rate (optionally with the count behind it) and never recomputed
 * from a population.
 */
public enum Standardisation {
    /** A crude rate or no rate at all: the value follows from its components. */
    NONE,
    /** Directly age-standardised to a standard population (e.g. emergency admissions due to falls, 65+). */
    DIRECT,
    /** Indirectly standardised: observed over expected events, times a national rate (e.g. NHS OF 2.3i). */
    INDIRECT;

    /** True for a directly or indirectly standardised rate. */
    public boolean isStandardised() {
        return this != NONE;
    }
}
