/**
 * Boards: registering a Health and Wellbeing Board, its population denominators and the sign-offs of its
 * quarterly reports, all kept by the {@link uk.bcf.ledger.command.board.Board} aggregate; and the command side's own
 * copies of what other commands must know about boards (which are registered, their latest populations), written
 * in the same transaction as the events they follow.
 *
 * <p>Pipeline of a board write, in order:
 * <ol>
 *   <li>{@code POST /api/boards}, {@code /api/boards/{code}/populations} or {@code /api/boards/{code}/sign-offs}
 *       → {@code BoardController} (its request bodies are nested records) →
 *       {@link uk.bcf.ledger.command.http.CommandSender} with a {@code RegisterBoardCommand},
 *       {@code RecordPopulationCommand} or {@code SignOffQuarterCommand};</li>
 *   <li>the command interceptors in the order {@code CommandInterceptorChain} states, the last of which is
 *       {@link uk.bcf.ledger.command.board.KnownBoardInterceptor}: it asks the
 *       {@link uk.bcf.ledger.command.board.BoardDirectory} and refuses a command for an unregistered board (404)
 *       or a second registration (409);</li>
 *   <li>{@code Board} → {@code BoardPolicy} (code, name, population) or {@code SignOffPolicy} (one sign-off per
 *       quarter, after it ended) → {@code BoardRegisteredEvent}, {@code PopulationRecordedEvent} or
 *       {@code QuarterSignedOffEvent} → event store;</li>
 *   <li>in the same unit of work, the subscribing processing group {@code board-directory}:
 *       {@code BoardDirectoryUpdater} → {@code BoardDirectory} ({@code command_side.known_board}) and
 *       {@code KnownPopulationUpdater} → {@code KnownPopulationRepository} ({@code command_side.known_population}),
 *       which the import reads to check published rates.</li>
 * </ol>
 */
package uk.bcf.ledger.command.board;
