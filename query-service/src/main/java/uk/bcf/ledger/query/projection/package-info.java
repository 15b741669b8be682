/**
 * The read model: the {@code performance-projection} tracking processor that tails the event store into the
 * bitemporal read tables of the {@code read_model} schema, and the repositories every feature reads them with.
 * Every version of a plan, actual, population and commentary, every sign-off and board is a row with the system
 * time of the event that stored it; {@link uk.bcf.ledger.query.projection.AsOf} reads any moment, now included.
 * Depends on no other package of the query service.
 *
 * Every version of every entry of a pooled budget is a row of {@code pool_entry_version}, kept by
 * {@link uk.bcf.ledger.query.projection.PoolProjection} (same processing group) through {@code PoolEntryWriter} and
 * read by {@link uk.bcf.ledger.query.projection.PoolEntryRepository}.
 *
 * <p>Writing, in order: Axon tracking processor → {@link uk.bcf.ledger.query.projection.PerformanceProjection}
 * (an event handler per event; its interceptor hands each event to
 * {@link uk.bcf.ledger.query.projection.ProjectionWriter}) → the table's writer
 * ({@link uk.bcf.ledger.query.projection.FigureVersionWriter}, or the repository of boards, populations,
 * commentary, sign-offs) → {@link uk.bcf.ledger.query.projection.ProjectionStatement} offered to the processor
 * batch's {@link uk.bcf.ledger.query.projection.WriteBatch} → one JDBC batch per statement and stage when the unit
 * of work commits, renewing each board's stamp ({@link uk.bcf.ledger.query.projection.BoardChangeRepository}). A
 * batch that fails is retried event by event, each in a savepoint
 * ({@link uk.bcf.ledger.query.projection.FallbackRange}, {@link uk.bcf.ledger.query.projection.SavepointTemplate}),
 * so that Axon dead-letters only the failing event.
 *
 * <p>Reading: a query handler → a {@code …Repository} → SQL bounded by
 * {@link uk.bcf.ledger.query.projection.SystemTime} → a {@code …Row} (or {@link uk.bcf.ledger.query.projection.CurrentFigure},
 * {@link uk.bcf.ledger.query.projection.PopulationLookup} for the performance calculation).
 */
package uk.bcf.ledger.query.projection;
