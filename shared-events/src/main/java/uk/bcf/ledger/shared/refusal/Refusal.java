package uk.bcf.ledger.shared.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A request refused, in words its sender can act on: the {@link RefusalKind kind} (which decides the HTTP status),
 * the request {@code field} at fault (or none, when the request as a whole is refused), the {@code reason}, and
 * optional extension members for a refusal that carries more, such as an import's per-row report. Nothing has been
 * stored when it is thrown.
 *
 * <p>The one refusal type of the ledger: domain rules, request readers, query handlers and the security filters
 * all refuse with it, and both services answer it as the same RFC 9457 problem. Plain Java, so that domain rules
 * free of Axon and Spring can throw it.
 */
public class Refusal extends RuntimeException {

    /** Member names of the problem itself, which an extension must not take. */
    private static final Set<String> PROBLEM_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "field", "reason");

    private final RefusalKind kind;
    private final String field;
    private final String reason;
    private final transient Map<String, Object> extensions;

    /**
     * @param field  the request field, parameter or header at fault; null when the request as a whole is refused
     * @param reason why, in words its sender can act on
     */
    public Refusal(RefusalKind kind, String field, String reason) {
        this(kind, field, reason, Map.of());
    }

    /**
     * @param extensions further members of the problem, in the order given; none may be named like a member of
     *                   the problem itself ({@code type}, {@code title}, {@code status}, {@code detail},
     *                   {@code instance}, {@code field}, {@code reason})
     */
    public Refusal(RefusalKind kind, String field, String reason, Map<String, ?> extensions) {
        super(field == null ? reason : field + ": " + reason);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
        extensions.keySet().stream()
                .filter(PROBLEM_MEMBERS::contains)
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException(
                            "'" + name + "' is a member of the problem itself, not an extension");
                });
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** The input is wrong whatever the current state: 400. */
    public static Refusal invalid(String field, String reason) {
        return new Refusal(RefusalKind.INVALID, field, reason);
    }

    /** The caller may not do this, whatever the input: 403. */
    public static Refusal forbidden(String field, String reason) {
        return new Refusal(RefusalKind.FORBIDDEN, field, reason);
    }

    /** The request refers to something that does not exist: 404. */
    public static Refusal notFound(String field, String reason) {
        return new Refusal(RefusalKind.NOT_FOUND, field, reason);
    }

    /** The input clashes with what is already recorded: 409. */
    public static Refusal conflict(String field, String reason) {
        return new Refusal(RefusalKind.CONFLICT, field, reason);
    }

    /** The body or file is over its limit: 413. */
    public static Refusal tooLarge(String field, String reason) {
        return new Refusal(RefusalKind.TOO_LARGE, field, reason);
    }

    /** Well-formed but cannot be processed as asked: 422. */
    public static Refusal unprocessable(String field, String reason) {
        return new Refusal(RefusalKind.UNPROCESSABLE, field, reason);
    }

    /** The read models had not caught up in time: 503, worth retrying. */
    public static Refusal notCaughtUp(String field, String reason) {
        return new Refusal(RefusalKind.NOT_CAUGHT_UP, field, reason);
    }

    public RefusalKind kind() {
        return kind;
    }

    /** The request field, parameter or header at fault; null when the request as a whole is refused. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** Further members of the problem, in order; empty for most refusals. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
