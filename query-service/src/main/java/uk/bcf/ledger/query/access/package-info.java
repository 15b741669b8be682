/**
 * Who may read what on the query service: the security filter chain of the API and the pages
 * ({@link uk.bcf.ledger.query.access.QuerySecurityConfiguration}, on the rules of the {@code service-security}
 * module), the sign-in page ({@link uk.bcf.ledger.query.access.LoginPageController}) with the page to return to in a
 * cookie ({@code PageToReturnTo}), and which boards a caller may see listed
 * ({@link uk.bcf.ledger.query.access.VisibleBoards}).
 *
 * <p>Pipeline, in order: HTTP request → Spring Security's filter chain (a form body that cannot be read refused by
 * {@code UnreadableFormFilter} before the CSRF check; authentication by password, session or bearer token) → the path rules of {@code QuerySecurityConfiguration}: open, any caller, administrators, or
 * {@code BoardPathAuthorization} for {@code /api/boards/{code}/**} and {@code /boards/{code}/**} → the controller;
 * lists of boards are cut down to the caller's by {@code VisibleBoards} in the query handlers that answer them.
 */
package uk.bcf.ledger.query.access;
