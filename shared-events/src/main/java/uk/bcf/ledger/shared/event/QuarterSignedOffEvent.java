package uk.bcf.ledger.shared.event;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/**
 * A quarter's report was presented to the board. The moment this event was stored is the moment the report
 * stands for: reading any view as of that moment reproduces what was presented.
 */
@Revision("1")
public record QuarterSignedOffEvent(
        String boardCode, Period period, LocalDate meetingDate, String signedOffBy, Provenance provenance) {}
