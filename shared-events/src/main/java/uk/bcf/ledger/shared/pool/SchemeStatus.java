package uk.bcf.ledger.shared.pool;

/** Whether a scheme line is new this year or an existing scheme carried forward. */
public enum SchemeStatus {
    NEW,
    EXISTING
}
