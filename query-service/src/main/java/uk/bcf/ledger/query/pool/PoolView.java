package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.bcf.ledger.shared.pool.NationalMinimums;

/**
 * A board's pooled budget for a financial year as known at a moment: income, planned expenditure and their balance
 * by source (and in total), the national conditions, planned expenditure by scheme type, the share of mandatory
 * spend classed as "Other", the lines with their spend, the totals, the contributions and every check. Amounts are
 * in pounds, exact.
 *
 * @param asOf the moment read; null for now
 */
public record PoolView(
        String board,
        String financialYear,
        Instant asOf,
        Map<String, BigDecimal> income,
        Map<String, BigDecimal> expenditure,
        Map<String, BigDecimal> balance,
        Map<String, NationalCondition> nationalConditions,
        List<TypeSpend> byType,
        BigDecimal otherPercent,
        List<PoolLine> lines,
        PoolTotals totals,
        List<PoolContributionView> contributions,
        NationalMinimums minimums,
        List<PoolCheck> checks) {}
