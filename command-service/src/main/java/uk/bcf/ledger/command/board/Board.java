package uk.bcf.ledger.command.board;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.bcf.ledger.shared.command.FigureVersion;
import uk.bcf.ledger.shared.command.RecordPopulationCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.command.SignOffQuarterCommand;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.event.QuarterSignedOffEvent;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/**
 * A Health and Wellbeing Board, its population denominators and the sign-offs of its quarterly reports.
 * Populations live here rather than with the metric ledgers because they are shared by every rate metric of the
 * board and change about once a year; sign-offs because they are about the board's report as a whole.
 */
@Aggregate(cache = Board.CACHE)
public class Board {

    /** The bean name of the cache that keeps boards loaded between commands. */
    public static final String CACHE = "boardCache";

    @AggregateIdentifier
    private String code;

    private long lastSequence = -1;
    private final Map<String, Integer> populationVersions = new HashMap<>();
    private final Set<Period> signedOffQuarters = new HashSet<>();

    protected Board() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public FigureVersion handle(RegisterBoardCommand command, Clock clock) {
        BoardPolicy.checkRegistration(command);
        apply(new BoardRegisteredEvent(
                command.boardCode(),
                command.name().strip(),
                new Provenance(command.recordedBy(), clock.instant(), null, null)));
        return new FigureVersion(code, lastSequence, 1);
    }

    @CommandHandler
    public FigureVersion handle(RecordPopulationCommand command, Clock clock) {
        String source = BoardPolicy.checkPopulation(command);
        int version = populationVersions.getOrDefault(
                        populationKey(command.year(), command.ageBand().strip()), 0)
                + 1;
        apply(new PopulationRecordedEvent(
                code,
                command.year(),
                command.ageBand().strip(),
                command.count(),
                version,
                new Provenance(command.recordedBy(), clock.instant(), source, null)));
        return new FigureVersion(code, lastSequence, version);
    }

    @CommandHandler
    public FigureVersion handle(SignOffQuarterCommand command, Clock clock) {
        SignOffPolicy.check(command, signedOffQuarters, LocalDate.now(clock));
        apply(new QuarterSignedOffEvent(
                code,
                command.period(),
                command.meetingDate(),
                command.signedOffBy().strip(),
                new Provenance(command.recordedBy(), clock.instant(), null, null)));
        return new FigureVersion(code, lastSequence, 1);
    }

    @EventSourcingHandler
    void on(QuarterSignedOffEvent event) {
        signedOffQuarters.add(event.period());
        lastSequence++;
    }

    @EventSourcingHandler
    void on(BoardRegisteredEvent event) {
        code = event.boardCode();
        lastSequence++;
    }

    @EventSourcingHandler
    void on(PopulationRecordedEvent event) {
        populationVersions.put(populationKey(event.year(), event.ageBand()), event.version());
        lastSequence++;
    }

    private static String populationKey(int year, String ageBand) {
        return year + "/" + ageBand;
    }
}
