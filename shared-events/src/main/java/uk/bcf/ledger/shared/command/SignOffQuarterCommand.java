package uk.bcf.ledger.shared.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.bcf.ledger.shared.period.Period;

/**
 * Records that a quarter's performance report was presented to (signed off by) the board.
 *
 * @param period      the quarter reported, e.g. {@code 2019-20-Q2}
 * @param meetingDate the date of the meeting
 * @param signedOffBy who signed it off: the board, or the officer under delegated authority
 * @param recordedBy  the authenticated user recording the sign-off
 */
public record SignOffQuarterCommand(
        @TargetAggregateIdentifier String boardCode,
        Period period,
        LocalDate meetingDate,
        String signedOffBy,
        String recordedBy)
        implements BoardCommand {}
