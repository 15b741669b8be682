package uk.bcf.ledger.query.operations;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator endpoints: {@code GET /api/admin/read-models} shows each processor's position,
 * {@code POST /api/admin/read-models/rebuild} replays every read model from the event store.
 */
@RestController
class ReadModelController {

    private final ReadModelRebuilder rebuilder;

    ReadModelController(ReadModelRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @GetMapping("/api/admin/read-models")
    List<ProcessorStatus> status() {
        return rebuilder.status();
    }

    @PostMapping("/api/admin/read-models/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, List<String>> rebuild() {
        return Map.of("rebuilding", rebuilder.rebuildAll());
    }
}
