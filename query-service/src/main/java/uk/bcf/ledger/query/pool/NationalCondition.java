package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;

/**
 * One national condition of a pool: the board's minimum, the planned spend that counts towards it, whether the plan
 * meets it (null when no minimum is set), the outturn of that spend, and how far the outturn falls short of the
 * minimum (zero when it does not).
 */
public record NationalCondition(
        BigDecimal minimum, BigDecimal planned, Boolean met, BigDecimal outturn, BigDecimal underSpend) {}
