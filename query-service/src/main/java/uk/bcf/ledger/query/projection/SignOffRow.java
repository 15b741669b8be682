package uk.bcf.ledger.query.projection;

import java.time.Instant;
import java.time.LocalDate;
import uk.bcf.ledger.shared.period.Period;

/**
 * A quarter's report as presented to its board.
 *
 * @param period      the quarter signed off
 * @param meetingDate the date of the board meeting
 * @param signedOffBy who signed it off (the board, or whoever holds delegated authority)
 * @param recordedBy  who recorded the sign-off
 * @param recordedAt  when it was stored: the moment whose view the report stands for
 */
public record SignOffRow(
        Period period, LocalDate meetingDate, String signedOffBy, String recordedBy, Instant recordedAt) {}
