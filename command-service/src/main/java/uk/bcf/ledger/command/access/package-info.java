/**
 * Who may send which command, and the users who send them. A write is checked twice: by its URL before its body
 * is read ({@link uk.bcf.ledger.command.access.CommandSecurityConfiguration}), and as a command, whatever path it
 * came by (single writes, each ledger of an import, in-process senders), when the command bus handles it.
 *
 * <p>The pipeline of a command's caller, in order:
 * <ol>
 *   <li>{@code CommandSecurityConfiguration}: the service's filter chain (shared parts from
 *       {@code service-security}'s {@code LedgerHttpSecurity}) authenticates the caller and authorises the URL,
 *       board paths by {@code BoardPathAuthorization} with {@code AccessPolicy};</li>
 *   <li>{@link uk.bcf.ledger.command.access.CallerDispatchInterceptor}: attaches the signed-in caller to the
 *       command as {@link uk.bcf.ledger.command.access.CallerMetaData} when it is dispatched;</li>
 *   <li>{@link uk.bcf.ledger.command.access.BoardAccessInterceptor}: reads the caller back when the command is
 *       handled and refuses (403), by {@link uk.bcf.ledger.command.access.CommandAccess}, a command outside the
 *       caller's roles and boards or recorded in another name.</li>
 * </ol>
 *
 * <p>User administration ({@code /api/admin/users}, administrators only: create, list, boards, roles, enabled,
 * password): {@code UserAdminController} → {@code UserRequest} (roles and board codes checked) → {@code LedgerUsers}
 * in the {@code access} schema, each change audited. A user's own password: {@code PUT /api/me/password} →
 * {@code OwnPasswordController} → {@code LedgerUsers}.
 */
package uk.bcf.ledger.command.access;
