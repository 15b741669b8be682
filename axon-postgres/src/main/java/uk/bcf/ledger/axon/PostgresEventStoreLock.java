package uk.bcf.ledger.axon;

import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link EventStoreLock} as a PostgreSQL table lock on the event table of the configured {@link EventSchema}, in
 * {@code SHARE ROW EXCLUSIVE} mode: it conflicts with every insert (and with itself, so two bulk writes queue) but
 * not with plain reads.
 */
final class PostgresEventStoreLock implements EventStoreLock {

    private final JdbcClient jdbc;
    private final String lock;

    PostgresEventStoreLock(DataSource dataSource, EventSchema schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.lock = "lock table " + schema.domainEventTable() + " in share row exclusive mode";
    }

    @Override
    public void lockAppends() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the event store is locked for a transaction; none is active");
        }
        jdbc.sql(lock).update();
    }
}
