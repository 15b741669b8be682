package uk.bcf.ledger.query.projection;

import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a piece of work in a savepoint of the current transaction. A failed SQL statement aborts a whole
 * PostgreSQL transaction; rolling back to the savepoint instead keeps the batch's transaction usable, so Axon can
 * record the failing event in the dead-letter queue and carry on with the rest of the batch.
 */
@Component
class SavepointTemplate {

    private final TransactionTemplate nested;

    SavepointTemplate(PlatformTransactionManager transactionManager) {
        this.nested = new TransactionTemplate(transactionManager);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    Object run(Callable<Object> work) throws Exception {
        try {
            return nested.execute(status -> {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new WorkFailed(e);
                }
            });
        } catch (WorkFailed failed) {
            throw failed.cause();
        }
    }

    private static final class WorkFailed extends RuntimeException {

        WorkFailed(Exception cause) {
            super(cause);
        }

        Exception cause() {
            return (Exception) getCause();
        }
    }
}
