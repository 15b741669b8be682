package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;

/**
 * The lines' budgets, spend to date, outturn and variance, summed over the pool. The spend to date sums the lines
 * with spend recorded ({@code null} when none has); outturn and variance are {@code null} while any line lacks its
 * spend ({@code linesWithoutSpend} says how many), since a sum that leaves lines out is no outturn of the pool.
 */
public record PoolTotals(
        BigDecimal budget,
        BigDecimal nextYearBudget,
        BigDecimal spendToDate,
        BigDecimal outturn,
        BigDecimal variance,
        int linesWithoutSpend) {}
