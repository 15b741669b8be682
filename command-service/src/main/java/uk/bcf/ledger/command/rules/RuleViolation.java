package uk.bcf.ledger.command.rules;

/**
 * A command refused because it breaks a domain rule. It names the offending request field and the reason in
 * words an analyst can act on; nothing has been stored when it is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final ViolationKind kind;
    private final String field;
    private final String reason;

    private RuleViolation(ViolationKind kind, String field, String reason) {
        super(field + ": " + reason);
        this.kind = kind;
        this.field = field;
        this.reason = reason;
    }

    /** The input is wrong whatever the current state: 400. */
    public static RuleViolation invalid(String field, String reason) {
        return new RuleViolation(ViolationKind.INVALID, field, reason);
    }

    /** The input clashes with what is already recorded: 409. */
    public static RuleViolation conflict(String field, String reason) {
        return new RuleViolation(ViolationKind.CONFLICT, field, reason);
    }

    /** The input refers to something that does not exist: 404. */
    public static RuleViolation notFound(String field, String reason) {
        return new RuleViolation(ViolationKind.NOT_FOUND, field, reason);
    }

    /** The signed-in caller may not do this, whatever the input: 403. */
    public static RuleViolation forbidden(String field, String reason) {
        return new RuleViolation(ViolationKind.FORBIDDEN, field, reason);
    }

    /** The request is well-formed but cannot be processed as asked: 422. */
    public static RuleViolation unprocessable(String field, String reason) {
        return new RuleViolation(ViolationKind.UNPROCESSABLE, field, reason);
    }

    public ViolationKind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
