package uk.bcf.ledger.axon;

import java.util.OptionalLong;

/**
 * Where events sit in the whole event stream: their global index, the position a reader on the query side waits
 * for ({@code awaitPosition}) and a streaming processor's token counts in. The only way the services ask the event
 * store for positions, so that Axon's table and column names stay in this module.
 */
public interface EventStoreIndex {

    /**
     * The global position of an aggregate's event.
     *
     * @throws org.springframework.dao.EmptyResultDataAccessException when the aggregate has no event with that
     *                                                                 sequence number
     */
    long positionOf(String aggregateId, long sequenceNumber);

    /** The sequence number of the aggregate's last stored event; empty while it has none. */
    OptionalLong lastSequenceOf(String aggregateId);

    /** The head of the store: the highest global position appended so far, or zero while the store is empty. */
    long head();
}
