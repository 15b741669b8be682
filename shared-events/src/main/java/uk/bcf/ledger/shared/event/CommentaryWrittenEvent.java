package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/** A version of the narrative for a metric and period of a board's report. The text is plain text, never markup. */
@Revision("1")
public record CommentaryWrittenEvent(
        String boardCode, String metric, Period period, String text, int version, Provenance provenance)
        implements FigureEvent {}
