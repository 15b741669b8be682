package uk.bcf.ledger.query.pages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.bcf.ledger.security.audit.AccessAudit;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The access audit trail for auditors and administrators, newest first, from a chosen day (30 days back by default):
 * who did what, to whom, when and from where. Read-only, as the trail itself is.
 */
@Controller
class AuditPageController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int LIMIT = 1000;

    private final AccessAudit audit;

    AuditPageController(AccessAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String since, Model model) {
        LocalDate from;
        try {
            from = since == null || since.isBlank() ? LocalDate.now(UK).minusDays(30) : LocalDate.parse(since.strip());
        } catch (DateTimeParseException notADate) {
            throw Refusal.invalid("since", "must be a date such as 2026-11-01");
        }
        if (from.getYear() < 2000 || from.getYear() > 2100) {
            throw Refusal.invalid("since", "must be a date from 2000 to 2100");
        }
        model.addAttribute("since", from.toString());
        model.addAttribute("limit", LIMIT);
        model.addAttribute("entries", audit.since(from.atStartOfDay(UK).toInstant(), LIMIT));
        return "audit";
    }
}
