package uk.bcf.ledger.command.rules;

/** Why a command was refused, which decides the HTTP status it is answered with. */
public enum ViolationKind {
    INVALID,
    CONFLICT,
    NOT_FOUND,
    /** The signed-in caller's roles or boards do not allow the command: 403. */
    FORBIDDEN,
    /** Well-formed but cannot be processed as asked, e.g. an idempotency key reused for another request: 422. */
    UNPROCESSABLE
}
