package uk.bcf.ledger.command.access;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.Caller;
import uk.bcf.ledger.security.Role;

/**
 * The caller a command is sent for, as command metadata: set when the command is dispatched and checked by
 * {@link BoardAccessInterceptor} when it is handled. It travels with the command only; events record the author
 * in their provenance, not the caller's roles or boards.
 */
public final class CallerMetaData {

    static final String NAME = "callerName";
    static final String ROLES = "callerRoles";
    static final String BOARDS = "callerBoards";

    private CallerMetaData() {}

    /** The metadata that sends a command on behalf of {@code caller} (for in-process senders such as the benchmark). */
    public static Map<String, String> of(Caller caller) {
        String boards = caller.scope().allBoards()
                ? BoardScope.ALL_BOARDS
                : String.join(",", caller.scope().codes());
        return Map.of(
                NAME,
                caller.name(),
                ROLES,
                caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                BOARDS,
                boards);
    }

    /** The caller a command was sent for, if its metadata names one. */
    public static Optional<Caller> callerOf(MetaData metaData) {
        if (!(metaData.get(NAME) instanceof String name)) {
            return Optional.empty();
        }
        Set<Role> roles = split(metaData.get(ROLES)).stream()
                .flatMap(role -> Role.ofAuthority(role).stream())
                .collect(Collectors.toSet());
        return Optional.of(new Caller(name, roles, BoardScope.of(split(metaData.get(BOARDS)))));
    }

    private static Set<String> split(Object value) {
        return value instanceof String text && !text.isBlank() ? Set.copyOf(Arrays.asList(text.split(","))) : Set.of();
    }
}
