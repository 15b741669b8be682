package uk.bcf.ledger.query.report;

/**
 * The facts at the top of a quarterly report.
 *
 * @param boardCode       the board's ONS area code
 * @param boardName       the board's name
 * @param financialYear   the financial year, {@code 2019-20}
 * @param quarter         the latest quarter covered, {@code Q2}
 * @param quartersCovered the quarters covered in words, {@code Quarter 1 and Quarter 2}
 * @param quarterRange    the quarters covered in short, {@code Q1-Q2}
 * @param meetingDate     the date of the meeting that signed the quarter off, or null when not signed off
 * @param cutOff          the data cut-off date: nothing stored after the end of that day is in the report
 * @param figuresAsAt     the moment the figures stand for, in words
 * @param restatements    whether figures have changed since the sign-off, and which
 */
public record ReportHeader(
        String boardCode,
        String boardName,
        String financialYear,
        String quarter,
        String quartersCovered,
        String quarterRange,
        String meetingDate,
        String cutOff,
        String figuresAsAt,
        RestatementNotice restatements) {

    /** The same header for figures standing at another moment, in words. */
    ReportHeader standingAt(String moment) {
        return new ReportHeader(
                boardCode,
                boardName,
                financialYear,
                quarter,
                quartersCovered,
                quarterRange,
                meetingDate,
                cutOff,
                moment,
                restatements);
    }
}
