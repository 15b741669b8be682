/**
 * Running the read side: rebuilding read models and each streaming processor's status
 * ({@link uk.bcf.ledger.query.operations.ReadModelController}), read-your-writes
 * ({@link uk.bcf.ledger.query.operations.AwaitPositionInterceptor}), how far the processors have got
 * ({@link uk.bcf.ledger.query.operations.ProjectionProgress}, sampled by the
 * {@link uk.bcf.ledger.query.operations.ProjectionMonitor}), the {@link uk.bcf.ledger.query.operations.ProcessorSupervisor}
 * that restarts a stopped or stalled processor,
 * the {@code projections} health and the {@code bcf_projection_*} meters, and the bounded caches of what reads
 * computed from a board's rows ({@link uk.bcf.ledger.query.operations.BoardReadCache}).
 *
 * <p>Rebuild, in order: HTTP POST {@code /api/admin/read-models/rebuild} → {@code ReadModelController} →
 * {@link uk.bcf.ledger.query.operations.ReadModelRebuilder} → {@code ClusterRebuilds} (recorded, one at a time, or
 * 409) → {@code LocalProcessors} paused here, and on every other instance by its {@code InstanceHeartbeat} → no live
 * instance holds a segment ({@code QueryInstances}, the token store's owners) → each processor of the
 * {@link uk.bcf.ledger.query.operations.StreamingProcessorRegistry} reset once (the projection's reset handler empties
 * its tables) → recorded done (or abandoned: 409, nothing reset) → every instance resumes. Between rebuilds the
 * heartbeat shares the segments among the live instances ({@code SegmentShare}). Read-your-writes: any read with {@code awaitPosition} →
 * {@code AwaitPositionInterceptor} → {@link uk.bcf.ledger.query.operations.AwaitRequest} →
 * {@code ProcessedPositionWatch} (at most {@code max-waiters} at once, one poller for all) → {@code ProjectionProgress}
 * (tokens read from the token store as
 * {@link uk.bcf.ledger.query.operations.SegmentProgress}) → the controller, or 503. Meters and health:
 * {@link uk.bcf.ledger.query.operations.ProjectionMeterBinder} and
 * {@link uk.bcf.ledger.query.operations.ProjectionHealthIndicator} → the monitor's latest {@code ProjectionSample}
 * (read every second on its own thread: head, tokens; then {@code ProcessorSupervisor} → {@code ProcessorWatch} per
 * processor, restart with back-off),
 * {@link uk.bcf.ledger.query.operations.ReplayProgress}.
 */
package uk.bcf.ledger.query.operations;
