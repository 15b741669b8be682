/**
 * The ledger's security, shared by both services: who the caller is (users, roles and board scopes in the
 * {@code access} schema, or an OpenID Connect provider's tokens), which boards it may read or write
 * ({@link uk.bcf.ledger.security.AccessPolicy}), the HTTP defences every filter chain shares, and the problem answers of
 * both services ({@link uk.bcf.ledger.security.problem}).
 * {@link uk.bcf.ledger.security.EnableLedgerSecurity} imports it; each service adds its own URL rules.
 *
 * <p>Pipeline of a request, in order, as {@link uk.bcf.ledger.security.LedgerHttpSecurity} sets it up:
 * <ol>
 *   <li>Spring Security's firewall; a refused URL is a 400 problem ({@code ProblemRequestRejectedHandler});</li>
 *   <li>{@code SignInStampFilter} ends a browser session whose user has changed since it signed in (its stamp);</li>
 *   <li>{@code CrossSiteWriteFilter} refuses writes a browser sends for another site;</li>
 *   <li>authentication: HTTP Basic checked by {@code ThrottledSignIns} (guessing limits, {@code SignInThrottle};
 *       429 beyond) and {@code RememberedSignIns} (the user's stamp read every request) against
 *       {@code LedgerUserDetailsService} and {@code LedgerUsers} ({@code LedgerPasswordEncoder}), or a bearer token
 *       checked by {@code TokenClaimsValidator} and turned into a caller by {@code TokenCallers}; without valid
 *       credentials a 401 problem ({@code ProblemAuthenticationEntryPoint}) or, for a browser page, the login page
 *       ({@code LoginOrProblemEntryPoint}, {@code BrowserPages});</li>
 *   <li>the service's URL rules, board paths by {@code BoardPathAuthorization} with {@code AccessPolicy}, on the
 *       {@link uk.bcf.ledger.security.Caller} ({@code Role}, {@code BoardScope}); a refusal is a 403 problem
 *       ({@code ProblemAccessDeniedHandler});</li>
 *   <li>{@code RequestBodyLimitFilter} refuses bodies over their limit (413) before anything reads them;</li>
 *   <li>the service's controllers; what they refuse is answered by
 *       {@link uk.bcf.ledger.security.problem.ProblemExceptionHandler}.</li>
 * </ol>
 * Every refusal, before a controller or after, is a {@link uk.bcf.ledger.shared.refusal.Refusal} answered as the same
 * problem+json by {@link uk.bcf.ledger.security.problem.ProblemJson}.
 * Users are created by administrators ({@code NewUser}, checked by {@code UserPolicy} and {@code PasswordPolicy}
 * with {@code CharacterRuns} and {@code CommonPasswords}, refused with an invalid {@code Refusal}), disabled, given
 * new passwords, roles and boards by {@code LedgerUsers}, each change audited ({@link uk.bcf.ledger.security.audit}),
 * at start-up by {@code InitialAdministrator} or, in the demo profile, {@code DemoUsers}; the
 * {@code access} schema is migrated by {@code AccessSchema}.
 */
package uk.bcf.ledger.security;
