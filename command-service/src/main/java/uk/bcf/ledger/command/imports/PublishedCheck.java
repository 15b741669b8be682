package uk.bcf.ledger.command.imports;

import java.math.BigDecimal;

/**
 * A figure as published set against what its stored components give.
 *
 * @param published the figure as printed
 * @param computed  what the components give, rounded half up to the metric's display decimals
 * @param agrees    whether the published figure rounds to the computed one at the metric's display decimals
 */
public record PublishedCheck(BigDecimal published, BigDecimal computed, boolean agrees) {}
