/**
 * Plans, actuals and commentary: one {@link uk.bcf.ledger.command.figures.MetricYear} aggregate per board, metric
 * and financial year, a thin Axon shell around the plain {@link uk.bcf.ledger.command.figures.MetricYearLedger},
 * which decides every write by named policies and returns the event to store. The ledger also classifies the rows
 * an import sends it ({@code LedgerImport}), with the same rules as a single write.
 *
 * <p>Pipeline of one recorded actual, in order:
 * <ol>
 *   <li>{@code POST /api/boards/{code}/actuals} → {@link uk.bcf.ledger.command.figures.FigureController} reads the
 *       {@link uk.bcf.ledger.command.figures.FigureRequest} (with {@code RequestFields}, {@code WriteHeaders},
 *       {@code RequestAuthor}) into a {@code RecordActualCommand};</li>
 *   <li>{@link uk.bcf.ledger.command.http.CommandSender} sends it through the command gateway;</li>
 *   <li>the command interceptors, in the order {@code CommandInterceptorChain} states: caller attached, then inside
 *       the transaction metrics, access, idempotency, known board;</li>
 *   <li>{@code MetricYear.handle(RecordActualCommand, LedgerContext)} →
 *       {@code MetricYearLedger.recordActual}: {@link uk.bcf.ledger.command.figures.LedgerContext} finds the
 *       metric in force, {@code LocalMetricPolicy} refuses another board's local metric, {@code PeriodPolicy} checks the period, {@code MeasurementPolicy} brings the
 *       measurement to its canonical form, {@code RevisionPolicy} refuses a second recording, {@code LedgerContext}
 *       states the provenance;</li>
 *   <li>{@code ActualRecordedEvent} applied by {@code MetricYear} and appended to the event store, committed with
 *       the transaction;</li>
 *   <li>{@code CommandSender} asks {@code EventStoreIndex} for the event's position → {@code FigureVersionResponse}
 *       (201 with {@code Location}).</li>
 * </ol>
 * Plans ({@code /plans}), corrections and withdrawals ({@code PUT}/{@code DELETE /actuals/{metric}/{period}}) and
 * commentary ({@code CommentaryController} → {@code WriteCommentaryCommand} → {@code CommentaryPolicy}) take the
 * same path to their own decision and event.
 */
package uk.bcf.ledger.command.figures;
