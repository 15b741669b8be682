package uk.bcf.ledger.command.rules;

/** Why a command was refused, which decides the HTTP status it is answered with. */
public enum ViolationKind {
    INVALID,
    CONFLICT,
    NOT_FOUND
}
