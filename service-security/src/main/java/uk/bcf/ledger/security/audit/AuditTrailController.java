package uk.bcf.ledger.security.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * {@code GET /api/admin/audit?since=…&limit=…} on both services (the browser's one address is the query service):
 * the access audit trail, newest first, as JSON ({@code [{"at","actor","action","subject","detail","clientAddress"}]})
 * or CSV ({@code Accept: text/csv}). {@code since} is an ISO-8601 instant with its offset, from 2000 to 2100
 * (default: the last {@value #DEFAULT_DAYS} days); {@code limit} at most {@value #MAX_LIMIT} entries (default
 * {@value #DEFAULT_LIMIT}). Administrators and auditors only (each service's URL rules).
 */
@RestController
public class AuditTrailController {

    static final String PATH = "/api/admin/audit";
    static final int DEFAULT_DAYS = 30;
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private final AccessAudit audit;

    AuditTrailController(AccessAudit audit) {
        this.audit = audit;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<AuditEntry> entries(
            @RequestParam(required = false) String since, @RequestParam(required = false) String limit) {
        return audit.since(since(since), limit(limit));
    }

    @GetMapping(path = PATH, produces = AuditCsv.MEDIA_TYPE)
    String csv(@RequestParam(required = false) String since, @RequestParam(required = false) String limit) {
        return AuditCsv.of(entries(since, limit));
    }

    private static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return Instant.now().minus(Duration.ofDays(DEFAULT_DAYS));
        }
        try {
            Instant since = OffsetDateTime.parse(text.trim()).toInstant();
            if (!since.isBefore(EARLIEST) && since.isBefore(LATEST)) {
                return since;
            }
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("since", "'" + text + "' is not an ISO-8601 instant such as 2026-11-21T17:00:00Z");
        }
        throw Refusal.invalid("since", "must be an instant from the year 2000 to 2099");
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other out-of-range limit
        }
        throw Refusal.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
