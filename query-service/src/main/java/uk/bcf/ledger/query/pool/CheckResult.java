package uk.bcf.ledger.query.pool;

/** The outcome of one check of a pool. */
public enum CheckResult {
    PASS,
    FAIL,
    /** Passes the national template's rule but needs a look, such as more than 5% of mandatory spend as "Other". */
    WARNING,
    /** The pool lacks what the check needs, such as the minimum it compares with; the reason says what. */
    NOT_ASSESSED
}
