package uk.bcf.ledger.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The aggregate cache holds committed state only: inside a transaction, an aggregate Axon puts replaces nothing
 * until the transaction commits, and is never kept if it rolls back. The transaction's synchronisations are
 * driven here as Spring's transaction manager would drive them.
 */
class CommittedAggregateCacheTest {

    private final CommittedAggregateCache cache = new CommittedAggregateCache("test", 10, new SimpleMeterRegistry());

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void withoutATransactionAnAggregateIsKeptAtOnce() {
        cache.put("ledger", "version 1");

        assertThat(cache.<String, String>get("ledger")).isEqualTo("version 1");
    }

    @Test
    void inATransactionTheAggregateIsKeptOnceItCommits() {
        cache.put("ledger", "version 1");
        TransactionSynchronizationManager.initSynchronization();

        cache.put("ledger", "version 2");
        assertThat(cache.containsKey("ledger"))
                .as("while the transaction is open")
                .isFalse();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        assertThat(cache.<String, String>get("ledger")).isEqualTo("version 2");
    }

    @Test
    void anAggregateOfATransactionThatRollsBackIsNeverKept() {
        cache.put("ledger", "version 1");
        TransactionSynchronizationManager.initSynchronization();

        cache.put("ledger", "version 2 that was rolled back");
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(synchronization ->
                        synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        TransactionSynchronizationManager.clearSynchronization();

        assertThat(cache.<String, String>get("ledger")).isNull();
        cache.put("ledger", "version 1 reloaded");
        assertThat(cache.<String, String>get("ledger")).isEqualTo("version 1 reloaded");
    }

    @Test
    void aNewAggregateWithoutIdentifierIsNotKept() {
        cache.put(null, "no events yet");

        assertThat(cache.containsKey(null)).isFalse();
    }
}
