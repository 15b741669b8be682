/**
 * The relay of the pages' writes to the command service (ADR 14): the query service is the browser's one address,
 * and every record, correction, withdrawal, comment, population, sign-off, import and user change made in a page is
 * sent on to the command service's API as the signed-in user.
 *
 * <p>Pipeline, in order: page controller (CSRF checked by Spring Security) → {@link
 * uk.bcf.ledger.query.relay.CommandRelay} with a {@link uk.bcf.ledger.query.relay.RelayedWrite} → the user's
 * credentials ({@code RelayCredentials}: a 60-second relay token signed with the shared secret, or the user's own
 * OIDC token) → the command service's API → {@link uk.bcf.ledger.query.relay.RelayAnswer}: the JSON answer, or the
 * command service's problem turned back into the same {@code Refusal} for the page to show.
 */
package uk.bcf.ledger.query.relay;
