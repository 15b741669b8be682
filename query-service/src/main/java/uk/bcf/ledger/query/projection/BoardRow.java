package uk.bcf.ledger.query.projection;

/**
 * A board as listed in the {@code board} table.
 *
 * @param code the board's ONS code
 * @param name the board's name
 */
public record BoardRow(String code, String name) {}
