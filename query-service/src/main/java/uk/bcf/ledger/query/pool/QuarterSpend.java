package uk.bcf.ledger.query.pool;

import java.math.BigDecimal;

/** A line's spend in one quarter, in pounds, and the year's outturn forecast at that quarter if one was given. */
public record QuarterSpend(String period, int version, BigDecimal actual, BigDecimal forecastOutturn) {}
