package uk.bcf.ledger.command.figures;

import java.util.ArrayList;
import java.util.List;
import uk.bcf.ledger.command.imports.PublishedCheck;
import uk.bcf.ledger.shared.event.FigureEvent;
import uk.bcf.ledger.shared.event.PublishedFigureNotedEvent;

/**
 * What a ledger decided for one plan or actual: the figure's event and, when a published figure was given (as
 * {@code publishedValue}, or as a printed rate, percentage or mean beside the components), its check, stored as a
 * note right after it.
 *
 * @param figure    the plan or actual event
 * @param published the check of the published figure, or null
 * @param note      the note that stores that check, or null
 */
record FigureWrite(FigureEvent figure, PublishedCheck published, PublishedFigureNotedEvent note) {

    /** The events to store, in order. */
    List<FigureEvent> events() {
        List<FigureEvent> events = new ArrayList<>(List.of(figure));
        if (note != null) {
            events.add(note);
        }
        return events;
    }
}
