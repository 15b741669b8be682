/**
 * The vocabulary the command side's domain rules refuse with: {@link uk.bcf.ledger.command.rules.RuleViolation}
 * (field, reason and {@link uk.bcf.ledger.command.rules.ViolationKind}, which decides the HTTP status) and the rules
 * every free-text field obeys ({@link uk.bcf.ledger.command.rules.TextRules}). Plain Java, free of Axon and Spring.
 *
 * <p>Pipeline: a policy, interceptor or request reader throws a {@code RuleViolation} → nothing is stored (the
 * transaction rolls back) → {@code ProblemResponses} answers it.
 */
package uk.bcf.ledger.command.rules;
