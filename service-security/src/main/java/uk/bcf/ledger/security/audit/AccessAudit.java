package uk.bcf.ledger.security.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access audit trail ({@code access.audit_entry}): every administrator action and every refused sign-in, with
 * who, when, from where and what. The table is insert-only (a trigger refuses updates, deletes and truncation).
 * Each entry is also logged as one JSON line with its ECS {@code event.category}, {@code event.action},
 * {@code event.type} and {@code event.outcome}, {@code user.name} and {@code source.address}.
 *
 * <p>The generic recording point of both services: {@link #record} joins the caller's transaction when there is
 * one, so a change and its entry are stored together or not at all.
 */
public class AccessAudit {

    private static final Logger LOG = LoggerFactory.getLogger("uk.bcf.ledger.security.audit");

    private static final int LONGEST_NAME = 200;

    private final JdbcClient jdbc;

    public AccessAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the action of the actor on the subject (which may be null), with what changed in words. */
    public void record(Actor actor, AuditAction action, String subject, String detail) {
        String name = shortened(actor.name());
        String target = shortened(subject);
        jdbc.sql("""
                        insert into access.audit_entry (actor, action, subject, detail, client_address)
                        values (?, ?, ?, ?, ?)""")
                .params(name, action.code(), target, detail, actor.clientAddress())
                .update();
        LOG.atInfo()
                .addKeyValue("event.category", action.category())
                .addKeyValue("event.type", action.type())
                .addKeyValue("event.action", action.code())
                .addKeyValue("event.outcome", action.outcome())
                .addKeyValue("user.name", name)
                .addKeyValue("user.target.name", target)
                .addKeyValue("source.address", actor.clientAddress())
                .log(
                        "{} by {}{}{}",
                        action.code(),
                        name,
                        target == null ? "" : " on " + target,
                        detail == null ? "" : ": " + detail);
    }

    /** A name as recorded: at most {@value #LONGEST_NAME} characters (a failed sign-in's name is whatever was sent). */
    private static String shortened(String name) {
        return name == null || name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME) + "…";
    }

    /** The entries recorded at or after {@code since}, newest first, at most {@code limit} of them. */
    public List<AuditEntry> since(Instant since, int limit) {
        return jdbc.sql("""
                        select at, actor, action, subject, detail, client_address from access.audit_entry
                        where at >= ? order by at desc, id desc limit ?""")
                .params(Timestamp.from(since), limit)
                .query((row, index) -> new AuditEntry(
                        row.getTimestamp("at").toInstant(),
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("subject"),
                        row.getString("detail"),
                        row.getString("client_address")))
                .list();
    }
}
