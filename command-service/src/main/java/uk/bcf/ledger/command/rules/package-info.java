/**
 * The rules every free-text part of a command obeys ({@link uk.bcf.ledger.command.rules.TextRules}: sources, reasons,
 * names, commentary) and the plausible bounds of every number of one ({@link uk.bcf.ledger.command.rules.PlausibleBounds}:
 * counts, numerators, denominators, populations, per-day plans, printed and published values). Plain Java, free of Axon and Spring; a text that breaks them is refused with an invalid
 * {@link uk.bcf.ledger.shared.refusal.Refusal} naming its field.
 *
 * <p>Pipeline: a policy or request reader reads a text with {@code TextRules.required} or {@code TextRules.optional}
 * (a number with {@code PlausibleBounds}) → the trimmed text or the number, or a {@code Refusal} → nothing is stored (the transaction rolls back) → answered as problem+json.
 */
package uk.bcf.ledger.command.rules;
