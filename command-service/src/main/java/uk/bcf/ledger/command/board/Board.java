package uk.bcf.ledger.command.board;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.bcf.ledger.shared.command.RecordPopulationCommand;
import uk.bcf.ledger.shared.command.RegisterBoardCommand;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.figure.FigureVersion;
import uk.bcf.ledger.shared.figure.Provenance;

/**
 * A Health and Wellbeing Board and its population denominators. Populations live here rather than with the
 * metric ledgers because they are shared by every rate metric of the board and change about once a year.
 */
@Aggregate
public class Board {

    @AggregateIdentifier
    private String code;
    private long lastSequence = -1;
    private final Map<String, Integer> populationVersions = new HashMap<>();

    protected Board() {
    }

    @CommandHandler
    public Board(RegisterBoardCommand command, Clock clock) {
        BoardPolicy.checkRegistration(command);
        apply(new BoardRegisteredEvent(command.boardCode(), command.name().strip(),
                new Provenance(command.recordedBy(), clock.instant(), null, null)));
    }

    @CommandHandler
    public FigureVersion handle(RecordPopulationCommand command, Clock clock) {
        String source = BoardPolicy.checkPopulation(command);
        int version = populationVersions.getOrDefault(populationKey(command.year(), command.ageBand().strip()), 0) + 1;
        apply(new PopulationRecordedEvent(code, command.year(), command.ageBand().strip(), command.count(), version,
                new Provenance(command.recordedBy(), clock.instant(), source, null)));
        return new FigureVersion(code, lastSequence, version);
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
