package uk.bcf.ledger.query.projection;

import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Where the projection's statements go. An event delivered by a streaming processor has its writes collected in
 * the {@link WriteBatch} of the processor's unit of work, which runs them when the unit of work prepares to commit,
 * in the transaction that also stores the processor's token. If that fails, the whole batch rolls back and the
 * processor retries it; the events up to the failed batch's last position are then handled one by one, each in a
 * savepoint with its statements run at once ({@link FallbackRange}), so that Axon dead-letters the failing event
 * alone. Events delivered outside a processor (tests calling the handlers) are written at once.
 */
@Component
class ProjectionWriter {

    private static final String BATCH = WriteBatch.class.getName();

    private final NamedParameterJdbcOperations jdbc;
    private final SavepointTemplate savepoints;
    private final FallbackRange fallback;

    ProjectionWriter(NamedParameterJdbcOperations jdbc, SavepointTemplate savepoints, FallbackRange fallback) {
        this.jdbc = jdbc;
        this.savepoints = savepoints;
        this.fallback = fallback;
    }

    /** Runs the event's handler, its writes batched or, in the fallback, at once inside a savepoint. */
    Object handle(EventMessage<?> event, Callable<Object> handler) throws Exception {
        OptionalLong position = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position()
                : OptionalLong.empty();
        if (position.isEmpty() || !CurrentUnitOfWork.isStarted() || fallback.covers(position.getAsLong())) {
            return savepoints.run(handler);
        }
        return batchOf(CurrentUnitOfWork.get()).collect(position.getAsLong(), handler);
    }

    /** Runs a statement that writes rows of the board, whose stamp ({@link BoardChangeRepository}) is renewed with it. */
    void run(String board, ProjectionStatement statement, SqlParameterSource parameters) {
        WriteBatch batch =
                CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(BATCH) : null;
        if (batch == null || !batch.offer(board, statement, parameters)) {
            jdbc.update(statement.sql(), parameters);
            jdbc.update(BoardChangeRepository.STAMP, new MapSqlParameterSource("board", board));
        }
    }

    /** Clears the fallback before a replay from the first event. */
    void reset() {
        fallback.clear();
    }

    private WriteBatch batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(BATCH, key -> {
            WriteBatch batch = new WriteBatch();
            unitOfWork.onPrepareCommit(committing -> flush(batch));
            return batch;
        });
    }

    private void flush(WriteBatch batch) {
        try {
            batch.flush(jdbc);
        } catch (RuntimeException e) {
            fallback.failedThrough(batch.lastPosition());
            throw new BatchedWritesFailed(batch.lastPosition(), e);
        }
    }
}
