package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/** A plan replaced by a new version; the provenance carries the reason. */
@Revision("2")
public record PlanRevisedEvent(
        String boardCode, String metric, Period period, Measurement measurement, int version, Provenance provenance)
        implements FigureEvent {}
