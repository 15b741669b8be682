package uk.bcf.ledger.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises PostgreSQL's unique-violation (SQLState 23505) anywhere in an exception's causes. Axon's default
 * resolver only recognises {@link java.sql.SQLIntegrityConstraintViolationException}, which the PostgreSQL driver
 * never throws: without this, two concurrent appends to one aggregate would surface as a generic storage error
 * instead of Axon's {@code ConcurrencyException}.
 */
public final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
