package uk.bcf.ledger.security.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * Recognises a failure caused by the database being unreachable, anywhere in its causes, however Spring, Axon or
 * Spring Security wrapped it: no connection to be had from the pool within its timeout, a connection refused or
 * broken, or PostgreSQL shutting down or not yet accepting connections (SQLState class 08, or 57P01 to 57P03).
 * Such a request is answered 503 {@link RefusalKind#UNAVAILABLE} with {@code Retry-After}, not 500: nothing was
 * done, and the same request may succeed once the database is back.
 */
public final class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {}

    /** Whether the failure, or any of its causes, says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** The refusal a request is answered with during an outage. */
    public static Refusal refusal() {
        return new Refusal(
                RefusalKind.UNAVAILABLE,
                null,
                "the database cannot be reached at the moment; nothing was done, try again shortly",
                Map.of(ProblemJson.RETRY_AFTER_MEMBER, RETRY_AFTER_SECONDS));
    }

    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || SHUTTING_DOWN.contains(state));
    }
}
