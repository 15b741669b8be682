package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/** An actual replaced by a corrected version; the provenance carries the reason. */
@Revision("2")
public record ActualCorrectedEvent(
        String boardCode, String metric, Period period, Measurement measurement, int version, Provenance provenance)
        implements FigureEvent {}
