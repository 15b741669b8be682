/**
 * The access audit trail of both services: who did what, when and from where, for every administrator action and
 * every refused sign-in, in the insert-only table {@code access.audit_entry} and the JSON log.
 *
 * <p>Pipeline: an administrator's change ({@code LedgerUsers}, a rebuild) or a failed sign-in
 * ({@code ThrottledSignIns}) → {@link uk.bcf.ledger.security.audit.AccessAudit#record} with the
 * {@link uk.bcf.ledger.security.audit.Actor} (name, client address) and the
 * {@link uk.bcf.ledger.security.audit.AuditAction}, in the change's transaction → a row and an ECS log line. Reading:
 * {@code GET /api/admin/audit} → {@link uk.bcf.ledger.security.audit.AuditTrailController} →
 * {@code AccessAudit.since} → {@link uk.bcf.ledger.security.audit.AuditEntry} list as JSON, or {@code AuditCsv}.
 */
package uk.bcf.ledger.security.audit;
