package uk.bcf.ledger.query.spc;

/**
 * A stretch of consecutive positions sharing one side.
 *
 * @param first the first position of the stretch
 * @param last the last position of the stretch, inclusive
 * @param side the side every position of the stretch shares
 */
record Run(int first, int last, Side side) {}
