package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;

/** The lines' budgets, spend to date, outturn and variance, summed over the pool. */
public record PoolTotals(
        BigDecimal budget,
        BigDecimal nextYearBudget,
        BigDecimal spendToDate,
        BigDecimal outturn,
        BigDecimal variance) {}
