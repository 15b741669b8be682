/**
 * The analyst's and administrator's forms: record, correct and withdraw a figure, write commentary, record a
 * population or a sign-off, upload a CSV file (preview, then apply or cancel), administer users. Each form is a
 * page of the query service, the browser's one address; its write is relayed to the command service as the
 * signed-in user (ADR 14).
 *
 * <p>Pipeline, in order: GET the form (fields shaped by the metric's definition, {@code FigureFields}) → POST with
 * Spring's CSRF token → {@code …FormController} builds a {@link uk.bcf.ledger.query.relay.RelayedWrite} →
 * {@link uk.bcf.ledger.query.relay.CommandRelay} → on success a redirect to the page showing the result (waiting for
 * the write with {@code awaitPosition}); a refusal of a field is shown on the form in a GOV.UK error summary linked
 * to the field ({@code ErrorSummary}); any other refusal is the HTML error page in the same words.
 */
package uk.bcf.ledger.query.workbench;
