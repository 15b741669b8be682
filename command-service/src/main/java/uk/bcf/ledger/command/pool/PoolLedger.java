package uk.bcf.ledger.command.pool;

import java.util.HashMap;
import java.util.Map;
import uk.bcf.ledger.shared.command.pool.AddSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.CorrectContributionCommand;
import uk.bcf.ledger.shared.command.pool.CorrectSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.CorrectSpendCommand;
import uk.bcf.ledger.shared.command.pool.RecordContributionCommand;
import uk.bcf.ledger.shared.command.pool.RecordSpendCommand;
import uk.bcf.ledger.shared.command.pool.SetNationalMinimumsCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawContributionCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawSpendCommand;
import uk.bcf.ledger.shared.period.Period;
import uk.bcf.ledger.shared.pool.Contribution;
import uk.bcf.ledger.shared.pool.ContributionCorrectedEvent;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.ContributionWithdrawnEvent;
import uk.bcf.ledger.shared.pool.NationalMinimums;
import uk.bcf.ledger.shared.pool.NationalMinimumsSetEvent;
import uk.bcf.ledger.shared.pool.PoolEntryKey;
import uk.bcf.ledger.shared.pool.SchemeLine;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineWithdrawnEvent;
import uk.bcf.ledger.shared.pool.Spend;
import uk.bcf.ledger.shared.pool.SpendCorrectedEvent;
import uk.bcf.ledger.shared.pool.SpendRecordedEvent;
import uk.bcf.ledger.shared.pool.SpendWithdrawnEvent;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * The contributions, minimums, scheme lines and spend of one board's pool in one financial year, and the decisions
 * about them. Plain Java: each decision checks the named policies and returns the event to store; the
 * {@code …Stored} methods replay stored events. The Axon aggregate {@link Pool} only routes commands here and
 * events back, and tells a decision where its event will be stored ({@code sequence}), which names new entries.
 */
final class PoolLedger {

    private final Map<String, EntryState<Contribution>> contributions = new HashMap<>();
    private final Map<String, EntryState<SchemeLine>> lines = new HashMap<>();
    private final Map<String, EntryState<Spend>> spend = new HashMap<>();
    private EntryState<NationalMinimums> minimums;

    ContributionRecordedEvent recordContribution(
            RecordContributionCommand command, PoolContext context, long sequence) {
        return new ContributionRecordedEvent(
                command.boardCode(),
                command.year(),
                PoolEntryIds.contribution(sequence),
                ContributionPolicy.check(command.contribution(), command.year()),
                1,
                context.provenance(command.recordedBy(), null));
    }

    ContributionCorrectedEvent correctContribution(CorrectContributionCommand command, PoolContext context) {
        EntryState<Contribution> current = contributions.get(command.contributionId());
        Contribution replacement = ContributionPolicy.check(command.contribution(), command.year());
        String reason = EntryRevisionPolicy.checkChange(
                "contributionId",
                "contribution " + command.contributionId(),
                current,
                command.expectedVersion(),
                replacement,
                command.reason());
        return new ContributionCorrectedEvent(
                command.boardCode(),
                command.year(),
                command.contributionId(),
                replacement,
                current.version() + 1,
                context.provenance(command.recordedBy(), reason));
    }

    ContributionWithdrawnEvent withdrawContribution(WithdrawContributionCommand command, PoolContext context) {
        EntryState<Contribution> current = contributions.get(command.contributionId());
        String reason = EntryRevisionPolicy.checkWithdrawal(
                "contributionId",
                "contribution " + command.contributionId(),
                current,
                command.expectedVersion(),
                command.reason());
        return new ContributionWithdrawnEvent(
                command.boardCode(),
                command.year(),
                command.contributionId(),
                current.version() + 1,
                context.provenance(command.recordedBy(), reason));
    }

    /** The first setting needs no reason; a change of minimums already set does, as a correction would. */
    NationalMinimumsSetEvent setMinimums(SetNationalMinimumsCommand command, PoolContext context) {
        NationalMinimums checked = MinimumsPolicy.check(command.minimums());
        String reason = null;
        if (minimums != null) {
            reason = EntryRevisionPolicy.checkChange(
                    "nc2",
                    "the national minimums of " + command.year().code(),
                    minimums,
                    command.expectedVersion(),
                    checked,
                    command.reason());
        }
        return new NationalMinimumsSetEvent(
                command.boardCode(),
                command.year(),
                checked,
                EntryState.nextVersion(minimums),
                context.provenance(command.recordedBy(), reason));
    }

    SchemeLineAddedEvent addLine(AddSchemeLineCommand command, PoolContext context, long sequence) {
        return new SchemeLineAddedEvent(
                command.boardCode(),
                command.year(),
                PoolEntryIds.line(sequence),
                SchemeLinePolicy.check(command.line(), command.year(), context.catalogue()),
                1,
                context.provenance(command.recordedBy(), null));
    }

    SchemeLineCorrectedEvent correctLine(CorrectSchemeLineCommand command, PoolContext context) {
        EntryState<SchemeLine> current = lines.get(command.lineId());
        SchemeLine replacement = SchemeLinePolicy.check(command.line(), command.year(), context.catalogue());
        String reason = EntryRevisionPolicy.checkChange(
                "lineId",
                "line " + command.lineId(),
                current,
                command.expectedVersion(),
                replacement,
                command.reason());
        return new SchemeLineCorrectedEvent(
                command.boardCode(),
                command.year(),
                command.lineId(),
                replacement,
                current.version() + 1,
                context.provenance(command.recordedBy(), reason));
    }

    /** A line with spend still recorded against it is not withdrawn: its spend would be left without a line. */
    SchemeLineWithdrawnEvent withdrawLine(WithdrawSchemeLineCommand command, PoolContext context) {
        EntryState<SchemeLine> current = lines.get(command.lineId());
        String reason = EntryRevisionPolicy.checkWithdrawal(
                "lineId", "line " + command.lineId(), current, command.expectedVersion(), command.reason());
        boolean spent = spend.entrySet().stream()
                .anyMatch(entry -> entry.getKey().startsWith(command.lineId() + "/")
                        && entry.getValue().active());
        if (spent) {
            throw Refusal.conflict(
                    "lineId", "line " + command.lineId() + " has spend recorded; withdraw its spend first");
        }
        return new SchemeLineWithdrawnEvent(
                command.boardCode(),
                command.year(),
                command.lineId(),
                current.version() + 1,
                context.provenance(command.recordedBy(), reason));
    }

    SpendRecordedEvent recordSpend(RecordSpendCommand command, PoolContext context) {
        SpendPolicy.checkPeriod(command.period(), command.year());
        requireActiveLine(command.lineId());
        Spend checked = SpendPolicy.check(command.spend());
        EntryState<Spend> current = spend.get(spendKey(command.lineId(), command.period()));
        EntryRevisionPolicy.checkNew("period", describeSpend(command.lineId(), command.period()), current);
        return new SpendRecordedEvent(
                command.boardCode(),
                command.year(),
                command.lineId(),
                command.period(),
                checked,
                EntryState.nextVersion(current),
                context.provenance(command.recordedBy(), null));
    }

    SpendCorrectedEvent correctSpend(CorrectSpendCommand command, PoolContext context) {
        SpendPolicy.checkPeriod(command.period(), command.year());
        EntryState<Spend> current = spend.get(spendKey(command.lineId(), command.period()));
        Spend replacement = SpendPolicy.check(command.spend());
        String reason = EntryRevisionPolicy.checkChange(
                "period",
                describeSpend(command.lineId(), command.period()),
                current,
                command.expectedVersion(),
                replacement,
                command.reason());
        return new SpendCorrectedEvent(
                command.boardCode(),
                command.year(),
                command.lineId(),
                command.period(),
                replacement,
                current.version() + 1,
                context.provenance(command.recordedBy(), reason));
    }

    SpendWithdrawnEvent withdrawSpend(WithdrawSpendCommand command, PoolContext context) {
        SpendPolicy.checkPeriod(command.period(), command.year());
        EntryState<Spend> current = spend.get(spendKey(command.lineId(), command.period()));
        String reason = EntryRevisionPolicy.checkWithdrawal(
                "period",
                describeSpend(command.lineId(), command.period()),
                current,
                command.expectedVersion(),
                command.reason());
        return new SpendWithdrawnEvent(
                command.boardCode(),
                command.year(),
                command.lineId(),
                command.period(),
                current.version() + 1,
                context.provenance(command.recordedBy(), reason));
    }

    /** The rows of an import classified against this pool; see {@link PoolImport}. */
    PoolImportResult importRows(ImportPoolCommand command, PoolContext context, long sequence) {
        return new PoolImport(contributions, lines, command, context, sequence).classify();
    }

    void contributionStored(String contributionId, int version, Contribution contribution) {
        contributions.put(contributionId, new EntryState<>(version, contribution, true));
    }

    void contributionWithdrawn(String contributionId, int version) {
        contributions.computeIfPresent(contributionId, (key, state) -> state.withdrawn(version));
    }

    void minimumsStored(int version, NationalMinimums stored) {
        minimums = new EntryState<>(version, stored, true);
    }

    void lineStored(String lineId, int version, SchemeLine line) {
        lines.put(lineId, new EntryState<>(version, line, true));
    }

    void lineWithdrawn(String lineId, int version) {
        lines.computeIfPresent(lineId, (key, state) -> state.withdrawn(version));
    }

    void spendStored(PoolEntryKey key, int version, Spend stored) {
        spend.put(key.key(), new EntryState<>(version, stored, true));
    }

    void spendWithdrawn(PoolEntryKey key, int version) {
        spend.computeIfPresent(key.key(), (ignored, state) -> state.withdrawn(version));
    }

    private void requireActiveLine(String lineId) {
        EntryState<SchemeLine> line = lineId == null ? null : lines.get(lineId);
        if (line == null) {
            throw Refusal.notFound("lineId", "the pool has no line '" + lineId + "'");
        }
        if (!line.active()) {
            throw Refusal.conflict("lineId", "line " + lineId + " was withdrawn");
        }
    }

    private static String spendKey(String lineId, Period period) {
        return PoolEntryKey.spend(lineId, period).key();
    }

    private static String describeSpend(String lineId, Period period) {
        return "the spend of line " + lineId + " in " + period.code();
    }
}
