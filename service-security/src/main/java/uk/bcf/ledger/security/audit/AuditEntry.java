package uk.bcf.ledger.security.audit;

import java.time.Instant;

/**
 * One entry of the access audit trail, as stored and as {@code GET /api/admin/audit} shows it.
 *
 * @param at            when
 * @param actor         who acted ({@code system} for the service itself; the name tried for a failed sign-in)
 * @param action        what, as {@link AuditAction#code()}
 * @param subject       whom or what it was done to: a user name, a processor; null when nothing in particular
 * @param detail        what changed, in words (never a password)
 * @param clientAddress from where, or null outside a request
 */
public record AuditEntry(
        Instant at, String actor, String action, String subject, String detail, String clientAddress) {}
