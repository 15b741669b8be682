package uk.bcf.ledger.shared.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * Who recorded a fact, when, from which source and why: part of every event, so the history answers those
 * questions without consulting anything else.
 *
 * @param recordedBy the authenticated user who caused the event
 * @param recordedAt when the command was accepted
 * @param source     where the figure comes from (e.g. SUS), or {@code null} when not stated
 * @param reason     why it was changed; required for corrections, revisions and withdrawals
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String recordedBy, Instant recordedAt, String source, String reason) {

    public Provenance {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
