/**
 * The small HTTP kit every write endpoint shares: reading the fields and headers a write carries
 * ({@link uk.bcf.ledger.command.http.RequestFields}, {@link uk.bcf.ledger.command.http.WriteHeaders}), who sends it
 * ({@link uk.bcf.ledger.command.http.RequestAuthor}, the signed-in principal, never a body field), sending its
 * command ({@link uk.bcf.ledger.command.http.CommandSender}, which also turns Axon's concurrency failures into
 * refusals) and answering the stored version with its position in the event stream
 * ({@link uk.bcf.ledger.command.http.FigureVersionResponse}).
 *
 * <p>Pipeline of a write, in order: controller of the feature → {@code RequestFields}/{@code WriteHeaders}/
 * {@code RequestAuthor} (an invalid {@code Refusal} when absent or malformed) → command → {@code CommandSender.send}
 * (idempotency key as metadata) → command gateway → … → {@code FigureVersion} → {@code EventStoreIndex.positionOf}
 * → {@code FigureVersionResponse}; a refusal of any step → {@code ProblemExceptionHandler} → problem+json.
 */
package uk.bcf.ledger.command.http;
