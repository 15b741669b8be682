package uk.bcf.ledger.security.audit;

import java.util.Locale;

/**
 * What an audit entry records, with its Elastic Common Schema classification for the JSON log: the event category
 * ({@code iam} for changes to users, {@code authentication} for sign-ins, {@code configuration} for operations on the
 * service), type and outcome.
 */
public enum AuditAction {
    USER_CREATED("iam", "creation", "success"),
    USER_ROLES_CHANGED("iam", "change", "success"),
    USER_BOARDS_CHANGED("iam", "change", "success"),
    USER_DISABLED("iam", "change", "success"),
    USER_ENABLED("iam", "change", "success"),
    PASSWORD_RESET("iam", "change", "success"),
    PASSWORD_CHANGED("iam", "change", "success"),
    SIGN_IN_FAILED("authentication", "start", "failure"),
    SIGN_IN_THROTTLED("authentication", "denied", "failure"),
    USER_LOCKED_OUT("authentication", "denied", "failure"),
    READ_MODELS_REBUILT("configuration", "change", "success"),
    METRIC_DEFINITION_CHANGED("configuration", "change", "success");

    private final String category;
    private final String type;
    private final String outcome;

    AuditAction(String category, String type, String outcome) {
        this.category = category;
        this.type = type;
        this.outcome = outcome;
    }

    /** How the action is written in the trail and the log: {@code user-created}, {@code sign-in-failed}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The ECS {@code event.category}. */
    public String category() {
        return category;
    }

    /** The ECS {@code event.type}. */
    public String type() {
        return type;
    }

    /** The ECS {@code event.outcome}. */
    public String outcome() {
        return outcome;
    }
}
