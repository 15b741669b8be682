package uk.bcf.ledger.benchmark.dataset;

import java.time.LocalDate;

/**
 * A quarter's report signed off by a board at a meeting.
 *
 * @param board       the board's code
 * @param quarter     the quarter's code, e.g. {@code 2019-20-Q2}
 * @param meetingDate the meeting, after the quarter ended
 * @param signedOffBy who signed it off
 */
public record SignOff(String board, String quarter, LocalDate meetingDate, String signedOffBy) {}
