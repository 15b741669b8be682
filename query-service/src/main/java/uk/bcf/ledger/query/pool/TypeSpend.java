package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;

/** Planned expenditure of one scheme type and its percentage of the pool's total, half up to one decimal. */
public record TypeSpend(String type, BigDecimal amount, BigDecimal percent) {}
