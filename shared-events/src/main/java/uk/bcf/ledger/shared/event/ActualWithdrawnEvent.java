package uk.bcf.ledger.shared.event;

import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/** An actual withdrawn (for example a disputed delayed transfer after validation); the provenance carries the reason. */
@Revision("1")
public record ActualWithdrawnEvent(String boardCode, String metric, Period period, int version, Provenance provenance)
        implements FigureEvent {}
