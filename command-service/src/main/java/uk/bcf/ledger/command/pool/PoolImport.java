package uk.bcf.ledger.command.pool;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.bcf.ledger.command.imports.ImportStatus;
import uk.bcf.ledger.command.rules.TextRules;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.ContributionCorrectedEvent;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.PoolEvent;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Classifies an import's rows against a pool's contributions and lines, with the policies of single writes. A row
 * naming an entry by its ID changes it (with the import's reason) or, identical, leaves it; a row without an ID is
 * unchanged when an active entry not yet matched by another row of the file is identical to it, and otherwise adds a
 * new entry, named after the place its event will take. So a file uploaded twice stores nothing the second time.
 */
final class PoolImport {

    private final Map<String, EntryState<Contribution>> contributions;
    private final Map<String, EntryState<SchemeLine>> lines;
    private final ImportPoolCommand command;
    private final PoolContext context;
    private final long firstSequence;
    private final List<PoolEvent> events = new ArrayList<>();
    private final List<PoolImportOutcome> outcomes = new ArrayList<>();
    private final Set<String> matched = new HashSet<>();

    PoolImport(
            Map<String, EntryState<Contribution>> contributions,
            Map<String, EntryState<SchemeLine>> lines,
            ImportPoolCommand command,
            PoolContext context,
            long firstSequence) {
        this.contributions = contributions;
        this.lines = lines;
        this.command = command;
        this.context = context;
        this.firstSequence = firstSequence;
    }

    PoolImportResult classify() {
        for (PoolImportRow row : command.rows()) {
            if (row.unreadable() != null) {
                refuse(row, row.unreadable());
                continue;
            }
            try {
                if (PoolImportRow.CONTRIBUTION.equals(row.record())) {
                    contribution(row, ContributionPolicy.check(row.contribution(), command.year()));
                } else {
                    line(row, SchemeLinePolicy.check(row.schemeLine(), command.year(), context.catalogue()));
                }
            } catch (Refusal refused) {
                refuse(row, refused.field() + ": " + refused.reason());
            }
        }
        return new PoolImportResult(events, outcomes);
    }

    private void contribution(PoolImportRow row, Contribution contribution) {
        String id = row.id() != null ? row.id() : identical(contributions, contribution);
        if (id == null) {
            String newId = PoolEntryIds.contribution(nextSequence());
            add(
                    row,
                    newId,
                    ImportStatus.NEW,
                    new ContributionRecordedEvent(
                            command.boardCode(), command.year(), newId, contribution, 1, provenance(null)));
            return;
        }
        EntryState<Contribution> current = named(row, id, contributions);
        if (current.value().equals(contribution)) {
            add(row, id, ImportStatus.UNCHANGED, null);
        } else {
            add(
                    row,
                    id,
                    ImportStatus.CHANGED,
                    new ContributionCorrectedEvent(
                            command.boardCode(),
                            command.year(),
                            id,
                            contribution,
                            current.version() + 1,
                            provenance(reason())));
        }
    }

    private void line(PoolImportRow row, SchemeLine line) {
        String id = row.id() != null ? row.id() : identical(lines, line);
        if (id == null) {
            String newId = PoolEntryIds.line(nextSequence());
            add(
                    row,
                    newId,
                    ImportStatus.NEW,
                    new SchemeLineAddedEvent(command.boardCode(), command.year(), newId, line, 1, provenance(null)));
            return;
        }
        EntryState<SchemeLine> current = named(row, id, lines);
        if (current.value().equals(line)) {
            add(row, id, ImportStatus.UNCHANGED, null);
        } else {
            add(
                    row,
                    id,
                    ImportStatus.CHANGED,
                    new SchemeLineCorrectedEvent(
                            command.boardCode(),
                            command.year(),
                            id,
                            line,
                            current.version() + 1,
                            provenance(reason())));
        }
    }

    /** The first active entry identical to the value that no other row has matched, or null. */
    private <T> String identical(Map<String, EntryState<T>> entries, T value) {
        return entries.entrySet().stream()
                .filter(entry ->
                        entry.getValue().active() && entry.getValue().value().equals(value))
                .map(Map.Entry::getKey)
                .filter(id -> !matched.contains(id))
                .sorted((a, b) -> Integer.compare(a.length(), b.length()) != 0
                        ? Integer.compare(a.length(), b.length())
                        : a.compareTo(b))
                .findFirst()
                .orElse(null);
    }

    private <T> EntryState<T> named(PoolImportRow row, String id, Map<String, EntryState<T>> entries) {
        EntryState<T> current = entries.get(id);
        if (current == null || !current.active()) {
            throw Refusal.notFound("id", "the pool has no active " + row.record() + " '" + id + "'");
        }
        if (matched.contains(id)) {
            throw Refusal.invalid("id", id + " is named by an earlier row of the file too");
        }
        return current;
    }

    private String reason() {
        return TextRules.required("reason", command.reason(), TextRules.MAX_REASON);
    }

    private long nextSequence() {
        return firstSequence + events.size();
    }

    private Provenance provenance(String reason) {
        return context.provenance(command.recordedBy(), reason);
    }

    private void add(PoolImportRow row, String id, ImportStatus status, PoolEvent event) {
        matched.add(id);
        if (event != null) {
            events.add(event);
        }
        outcomes.add(new PoolImportOutcome(row.line(), row.record(), id, status, null));
    }

    private void refuse(PoolImportRow row, String reason) {
        outcomes.add(new PoolImportOutcome(row.line(), row.record(), row.id(), ImportStatus.REFUSED, reason));
    }
}
