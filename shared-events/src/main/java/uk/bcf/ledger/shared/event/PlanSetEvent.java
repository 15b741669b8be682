package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/** A plan (target, trajectory, ambition) recorded for a metric and period for the first time. */
@Revision("2")
public record PlanSetEvent(
        String boardCode, String metric, Period period, Measurement measurement, int version, Provenance provenance)
        implements FigureEvent {}
