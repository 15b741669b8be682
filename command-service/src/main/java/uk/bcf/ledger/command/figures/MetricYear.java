package uk.bcf.ledger.command.figures;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.bcf.ledger.command.imports.ImportFiguresCommand;
import uk.bcf.ledger.command.imports.ImportMode;
import uk.bcf.ledger.command.imports.ImportResult;
import uk.bcf.ledger.shared.command.CorrectActualCommand;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.MetricYearId;
import uk.bcf.ledger.shared.command.RecordActualCommand;
import uk.bcf.ledger.shared.command.RevisePlanCommand;
import uk.bcf.ledger.shared.command.SetPlanCommand;
import uk.bcf.ledger.shared.command.WithdrawActualCommand;
import uk.bcf.ledger.shared.command.WriteCommentaryCommand;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;

/**
 * The Axon aggregate for one board's metric in one financial year: a thin shell that routes commands to
 * {@link MetricYearLedger} and stored events back into it. It comes into being with its first plan or actual.
 */
@Aggregate(cache = MetricYear.CACHE)
public class MetricYear {

    /** The bean name of the cache that keeps ledgers loaded between commands. */
    public static final String CACHE = "metricYearCache";

    @AggregateIdentifier
    private String id;

    private long lastSequence = -1;
    private final MetricYearLedger ledger = new MetricYearLedger();

    protected MetricYear() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(SetPlanCommand command, LedgerContext context) {
        return store(ledger.setPlan(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(RevisePlanCommand command, LedgerContext context) {
        return store(ledger.revisePlan(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(RecordActualCommand command, LedgerContext context) {
        return store(ledger.recordActual(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(CorrectActualCommand command, LedgerContext context) {
        return store(ledger.correctActual(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(WithdrawActualCommand command, LedgerContext context) {
        return store(ledger.withdrawActual(command, context));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FigureVersion handle(WriteCommentaryCommand command, LedgerContext context) {
        return store(ledger.writeCommentary(command, context));
    }

    /**
     * Classifies an import's rows for this ledger and, when asked to apply and no row is refused, stores the new
     * and changed ones as ordinary plan and actual events, each followed by its published-figure note if any.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ImportResult handle(ImportFiguresCommand command, LedgerContext context) {
        LedgerImport figures = ledger.importFigures(command, context);
        if (command.mode() == ImportMode.APPLY && figures.clean()) {
            figures.events().forEach(event -> apply(event));
        }
        return new ImportResult(
                command.metricYearId(), lastSequence, figures.events().size(), figures.outcomes());
    }

    @EventSourcingHandler
    void on(PublishedFigureNotedEvent event) {
        stored(event);
        ledger.publishedNoted(event.kind(), event.period(), event.version(), event.publishedValue());
    }

    @EventSourcingHandler
    void on(CommentaryWrittenEvent event) {
        stored(event);
        ledger.commentaryStored(event.period(), event.version(), event.text());
    }

    @EventSourcingHandler
    void on(PlanSetEvent event) {
        stored(event);
        ledger.planStored(
                event.period(),
                event.version(),
                event.measurement(),
                event.provenance().source());
    }

    @EventSourcingHandler
    void on(PlanRevisedEvent event) {
        stored(event);
        ledger.planStored(
                event.period(),
                event.version(),
                event.measurement(),
                event.provenance().source());
    }

    @EventSourcingHandler
    void on(ActualRecordedEvent event) {
        stored(event);
        ledger.actualStored(
                event.period(),
                event.version(),
                event.measurement(),
                event.provenance().source());
    }

    @EventSourcingHandler
    void on(ActualCorrectedEvent event) {
        stored(event);
        ledger.actualStored(
                event.period(),
                event.version(),
                event.measurement(),
                event.provenance().source());
    }

    @EventSourcingHandler
    void on(ActualWithdrawnEvent event) {
        stored(event);
        ledger.actualWithdrawn(event.period(), event.version());
    }

    private FigureVersion store(FigureEvent event) {
        apply(event);
        return new FigureVersion(id, lastSequence, event.version());
    }

    /** Stores the figure's event, then its published-figure note if any; answers the figure's own sequence. */
    private FigureVersion store(FigureWrite write) {
        apply(write.figure());
        FigureVersion stored =
                new FigureVersion(id, lastSequence, write.figure().version());
        if (write.note() != null) {
            apply(write.note());
        }
        return stored;
    }

    private void stored(FigureEvent event) {
        id = MetricYearId.of(event.boardCode(), event.metric(), event.period());
        lastSequence++;
    }
}
