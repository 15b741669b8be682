package uk.bcf.ledger.command.pool;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.pool.AddSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.CorrectContributionCommand;
import uk.bcf.ledger.shared.command.pool.CorrectSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.CorrectSpendCommand;
import uk.bcf.ledger.shared.command.pool.PoolId;
import uk.bcf.ledger.shared.command.pool.RecordContributionCommand;
import uk.bcf.ledger.shared.command.pool.RecordSpendCommand;
import uk.bcf.ledger.shared.command.pool.SetNationalMinimumsCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawContributionCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawSchemeLineCommand;
import uk.bcf.ledger.shared.command.pool.WithdrawSpendCommand;
import uk.bcf.ledger.shared.pool.ContributionCorrectedEvent;
import uk.bcf.ledger.shared.pool.ContributionRecordedEvent;
import uk.bcf.ledger.shared.pool.ContributionWithdrawnEvent;
import uk.bcf.ledger.shared.pool.NationalMinimumsSetEvent;
import uk.bcf.ledger.shared.pool.PoolEvent;
import uk.bcf.ledger.shared.pool.SchemeLineAddedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineCorrectedEvent;
import uk.bcf.ledger.shared.pool.SchemeLineWithdrawnEvent;
import uk.bcf.ledger.shared.pool.SpendCorrectedEvent;
import uk.bcf.ledger.shared.pool.SpendRecordedEvent;
import uk.bcf.ledger.shared.pool.SpendWithdrawnEvent;

/**
 * The Axon aggregate for one board's pooled budget in one financial year: a thin shell that routes commands to
 * {@link PoolLedger} and stored events back into it. It comes into being with its first write. Every write answers
 * with the entry's new version and where its event is stored, from which a new entry's name follows
 * ({@link PoolEntryIds}).
 */
@Aggregate
public class Pool {

    @AggregateIdentifier
    private String id;

    private long lastSequence = -1;
    private final PoolLedger ledger = new PoolLedger();

    protected Pool() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(RecordContributionCommand command, PoolContext context) {
        return store(ledger.recordContribution(command, context, lastSequence + 1));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(CorrectContributionCommand command, PoolContext context) {
        return store(ledger.correctContribution(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(WithdrawContributionCommand command, PoolContext context) {
        return store(ledger.withdrawContribution(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(SetNationalMinimumsCommand command, PoolContext context) {
        return store(ledger.setMinimums(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(AddSchemeLineCommand command, PoolContext context) {
        return store(ledger.addLine(command, context, lastSequence + 1));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(CorrectSchemeLineCommand command, PoolContext context) {
        return store(ledger.correctLine(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(WithdrawSchemeLineCommand command, PoolContext context) {
        return store(ledger.withdrawLine(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(RecordSpendCommand command, PoolContext context) {
        return store(ledger.recordSpend(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(CorrectSpendCommand command, PoolContext context) {
        return store(ledger.correctSpend(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(WithdrawSpendCommand command, PoolContext context) {
        return store(ledger.withdrawSpend(command, context));
    }

    /**
     * Classifies an import's rows and, when asked to apply and no row is refused, stores the new and changed ones as
     * ordinary events; answers the outcomes and the sequence of the last event stored.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PoolImportAnswer handle(ImportPoolCommand command, PoolContext context) {
        PoolImportResult result = ledger.importRows(command, context, lastSequence + 1);
        boolean store = command.mode() == ImportMode.APPLY && result.clean();
        if (store) {
            result.events().forEach(event -> apply(event));
        }
        return new PoolImportAnswer(
                PoolId.of(command.boardCode(), command.year()),
                lastSequence,
                store ? result.events().size() : 0,
                result.outcomes());
    }

    @EventSourcingHandler
    void on(ContributionRecordedEvent event) {
        stored(event);
        ledger.contributionStored(event.contributionId(), event.version(), event.contribution());
    }

    @EventSourcingHandler
    void on(ContributionCorrectedEvent event) {
        stored(event);
        ledger.contributionStored(event.contributionId(), event.version(), event.contribution());
    }

    @EventSourcingHandler
    void on(ContributionWithdrawnEvent event) {
        stored(event);
        ledger.contributionWithdrawn(event.contributionId(), event.version());
    }

    @EventSourcingHandler
    void on(NationalMinimumsSetEvent event) {
        stored(event);
        ledger.minimumsStored(event.version(), event.minimums());
    }

    @EventSourcingHandler
    void on(SchemeLineAddedEvent event) {
        stored(event);
        ledger.lineStored(event.lineId(), event.version(), event.line());
    }

    @EventSourcingHandler
    void on(SchemeLineCorrectedEvent event) {
        stored(event);
        ledger.lineStored(event.lineId(), event.version(), event.line());
    }

    @EventSourcingHandler
    void on(SchemeLineWithdrawnEvent event) {
        stored(event);
        ledger.lineWithdrawn(event.lineId(), event.version());
    }

    @EventSourcingHandler
    void on(SpendRecordedEvent event) {
        stored(event);
        ledger.spendStored(event.entry(), event.version(), event.spend());
    }

    @EventSourcingHandler
    void on(SpendCorrectedEvent event) {
        stored(event);
        ledger.spendStored(event.entry(), event.version(), event.spend());
    }

    @EventSourcingHandler
    void on(SpendWithdrawnEvent event) {
        stored(event);
        ledger.spendWithdrawn(event.entry(), event.version());
    }

    private FigureVersion store(PoolEvent event) {
        apply(event);
        return new FigureVersion(id, lastSequence, event.version());
    }

    private void stored(PoolEvent event) {
        id = PoolId.of(event.boardCode(), event.year());
        lastSequence++;
    }
}
