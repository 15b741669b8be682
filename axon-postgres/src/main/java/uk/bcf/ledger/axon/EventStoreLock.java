package uk.bcf.ledger.axon;

/**
 * Holds other writers' appends off the event store for the rest of the current transaction, while reads go on.
 * A bulk write takes it first, so that its events fill one unbroken range of global positions: other appends wait
 * until it commits and then take later positions, instead of committing while thousands of the bulk write's
 * positions are still open gaps, which a tracking processor gives up on beyond its maximum gap offset and never
 * projects.
 */
public interface EventStoreLock {

    /**
     * Locks appends until the current transaction commits or rolls back.
     *
     * @throws IllegalStateException when called outside a transaction, where the lock would end with the statement
     */
    void lockAppends();
}
