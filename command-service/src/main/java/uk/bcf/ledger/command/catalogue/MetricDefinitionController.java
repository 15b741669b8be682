package uk.bcf.ledger.command.catalogue;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.bcf.ledger.command.http.RequestAuthor;
import uk.bcf.ledger.security.audit.Actor;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Administrators define, amend and retire metrics ({@code ADMIN} only): {@code POST /api/metrics} answers 201,
 * {@code PUT /api/metrics/{code}} 200, {@code DELETE /api/metrics/{code}} 200, each with the metric's code and new
 * version. The metric is usable by the next command on every command-service instance, and reaches the query
 * service (its {@code GET /api/metrics}) with the event.
 */
@RestController
class MetricDefinitionController {

    private static final String METRICS = "/api/metrics";

    /** What a change answers: the metric and its new version (1 when defined). */
    record MetricVersionResponse(String code, int version) {}

    /** The body of {@code DELETE /api/metrics/{code}}. */
    record RetirementRequest(String reason) {}

    private final MetricAdministration administration;

    MetricDefinitionController(MetricAdministration administration) {
        this.administration = administration;
    }

    @PostMapping(METRICS)
    ResponseEntity<MetricVersionResponse> define(
            @RequestBody MetricDefinitionRequest body, HttpServletRequest request) {
        int version = administration.define(
                body.specification(), body.reason(), RequestAuthor.of(request), Actor.of(request));
        return ResponseEntity.created(URI.create(METRICS + "/" + body.code()))
                .body(new MetricVersionResponse(body.code(), version));
    }

    @PutMapping(METRICS + "/{code}")
    MetricVersionResponse amend(
            @PathVariable String code, @RequestBody MetricDefinitionRequest body, HttpServletRequest request) {
        int version = administration.amend(
                code, body.specification(), body.reason(), RequestAuthor.of(request), Actor.of(request));
        return new MetricVersionResponse(code, version);
    }

    @DeleteMapping(METRICS + "/{code}")
    MetricVersionResponse retire(
            @PathVariable String code, @RequestBody RetirementRequest body, HttpServletRequest request) {
        if (body == null) {
            throw Refusal.invalid("reason", "is required");
        }
        int version = administration.retire(code, body.reason(), RequestAuthor.of(request), Actor.of(request));
        return new MetricVersionResponse(code, version);
    }
}
