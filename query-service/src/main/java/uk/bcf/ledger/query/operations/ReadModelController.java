package uk.bcf.ledger.query.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.security.audit.AccessAudit;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.security.audit.AuditAction;

/**
 * Operator endpoints: {@code GET /api/admin/read-models} shows each processor's position,
 * {@code POST /api/admin/read-models/rebuild} replays every read model from the event store (recorded in the access
 * audit trail).
 */
@RestController
class ReadModelController {

    private final ReadModelRebuilder rebuilder;
    private final AccessAudit audit;

    ReadModelController(ReadModelRebuilder rebuilder, AccessAudit audit) {
        this.rebuilder = rebuilder;
        this.audit = audit;
    }

    @GetMapping("/api/admin/read-models")
    List<ProcessorStatus> status() {
        return rebuilder.status();
    }

    @PostMapping("/api/admin/read-models/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, List<String>> rebuild(HttpServletRequest request) {
        List<String> rebuilding = rebuilder.rebuildAll();
        audit.record(
                Actor.of(request),
                AuditAction.READ_MODELS_REBUILT,
                String.join(",", rebuilding),
                "every read model replayed from the event store");
        return Map.of("rebuilding", rebuilding);
    }
}
