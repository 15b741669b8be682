package uk.bcf.ledger.shared.period;

/** The granularity of a {@link Period}. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR
}
