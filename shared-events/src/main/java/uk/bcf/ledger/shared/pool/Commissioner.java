package uk.bcf.ledger.shared.pool;

/**
 * Who commissions a scheme line from its provider: the local authority, the NHS (CCG, later ICB), or both jointly,
 * with the NHS and LA percentages on the line. The NHS share is what National Condition 3 counts.
 */
public enum Commissioner {
    LA,
    NHS,
    JOINT
}
