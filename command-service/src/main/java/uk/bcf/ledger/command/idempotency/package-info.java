/**
 * Writes that are safe to retry: a write sent with an {@code Idempotency-Key} is answered, when retried, from the
 * answer stored the first time, and stores nothing new.
 *
 * <p>Pipeline, in order: {@code WriteHeaders.idempotencyKey} (header checked) → {@code CommandSender} (key as command
 * metadata) → {@link uk.bcf.ledger.command.idempotency.IdempotencyInterceptor}, after the access check and before
 * the board check → {@link uk.bcf.ledger.command.idempotency.RequestFingerprint} of the command →
 * {@link uk.bcf.ledger.command.idempotency.IdempotentRequestRepository} ({@code command_side.idempotent_request}):
 * a known key with the same fingerprint is answered from its stored answer, with another fingerprint refused (422);
 * a new key's answer is stored in the command's transaction, with its events.
 */
package uk.bcf.ledger.command.idempotency;
