package uk.bcf.ledger.query.projection;

/**
 * A processor batch's writes failed; the batch is rolled back and retried with its events handled one by one, so
 * that the event at fault is dead-lettered (see {@link ProjectionWriter}).
 */
class BatchedWritesFailed extends RuntimeException {

    BatchedWritesFailed(long lastPosition, RuntimeException cause) {
        super(
                "The projection's batched writes up to event position " + lastPosition
                        + " failed; the batch is retried with each event in its own savepoint",
                cause);
    }
}
