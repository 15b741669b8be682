package uk.bcf.archfixtures.ledger.command.figures;

/** A plain class of the domain rules: keeps DOMAIN_RULES_ARE_PLAIN_JAVA. */
public record PlainContext(String author) {}
