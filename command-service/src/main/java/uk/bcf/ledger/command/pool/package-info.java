/**
 * The pooled budget: one {@link uk.bcf.ledger.command.pool.Pool} aggregate per board and financial year, a thin Axon
 * shell around the plain {@link uk.bcf.ledger.command.pool.PoolLedger}, which decides every write by named policies
 * ({@code ContributionPolicy}, {@code MinimumsPolicy}, {@code SchemeLinePolicy} against the year's
 * {@link uk.bcf.ledger.command.pool.SchemeTypeCatalogue}, {@code SpendPolicy}, {@code AmountPolicy},
 * {@code EntryRevisionPolicy}) and returns the event to store.
 *
 * <p>Pipeline of one scheme line, in order:
 * <ol>
 *   <li>{@code POST /api/boards/{code}/pool/{fy}/schemes} → {@code SchemeLineController} reads the
 *       {@code SchemeLineRequest} (with {@code PoolRequests}, {@code WriteHeaders}, {@code RequestAuthor}) into an
 *       {@code AddSchemeLineCommand};</li>
 *   <li>{@code CommandSender} sends it through the command gateway and the command interceptors (caller, metrics,
 *       access: the board's analyst; idempotency; known board), as for figures;</li>
 *   <li>{@code Pool.handle} → {@code PoolLedger.addLine}: {@code SchemeLinePolicy} checks and canonicalises the line
 *       and names it after the place of its event ({@code PoolEntryIds});</li>
 *   <li>{@code SchemeLineAddedEvent} applied and appended to the event store with the transaction;</li>
 *   <li>{@code PoolEntryResponse}: 201 with the {@code lineId}, the version and the event's position.</li>
 * </ol>
 * Contributions and minimums ({@code ContributionController}) and quarterly spend ({@code SpendController}) take the
 * same path to their own decision and event; corrections and withdrawals need a reason and honour {@code If-Match}.
 * A CSV import ({@code PoolImportController}) reads the file with the imports' {@code CsvImportFiles}, each row with
 * {@code PoolRowReader}, and sends one {@code ImportPoolCommand}: {@code PoolImport} classifies every row with the
 * same policies and the pool stores the new and changed ones only when none is refused.
 */
package uk.bcf.ledger.command.pool;
