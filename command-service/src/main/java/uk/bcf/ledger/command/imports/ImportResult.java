package uk.bcf.ledger.command.imports;

import java.util.List;

/**
 * What a ledger answers to an import command.
 *
 * @param aggregateId  the ledger
 * @param lastSequence the sequence number of the ledger's last event after the command (-1 when it has none)
 * @param events       the number of events the command stored (apply) or would store (preview)
 * @param outcomes     one outcome per row, in the command's order
 */
public record ImportResult(String aggregateId, long lastSequence, int events, List<ImportOutcome> outcomes) {

    public ImportResult {
        outcomes = List.copyOf(outcomes);
    }

    /** Whether no row was refused. */
    public boolean clean() {
        return outcomes.stream().noneMatch(outcome -> outcome.status() == ImportStatus.REFUSED);
    }
}
