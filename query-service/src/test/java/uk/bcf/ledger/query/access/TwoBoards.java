package uk.bcf.ledger.query.access;

import static uk.bcf.ledger.query.TestEvents.commentary;
import static uk.bcf.ledger.query.TestEvents.corrected;
import static uk.bcf.ledger.query.TestEvents.planSet;
import static uk.bcf.ledger.query.TestEvents.recorded;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;

import java.time.LocalDate;
import java.util.List;
import uk.bcf.ledger.query.projection.ProjectionDriver;

/**
 * Bromley and Barnet with the same small 2019-20 history each: plans and monthly admissions, sign-offs of Q1 and Q2,
 * commentary, and a correction after the Q2 sign-off, so that every read of a board (views, reports, histories,
 * restatements, sign-offs, charts) has something to show, now and as of a moment.
 */
final class TwoBoards {

    static final String BROMLEY = "E09000006";
    static final String BARNET = "E09000003";
    static final String FINANCIAL_YEAR = "2019-20";
    static final String SIGN_OFF = "sign-off:2019-20-Q2";
    static final String INSTANT = "2019-12-01T00:00:00Z";

    private TwoBoards() {}

    static void deliver(ProjectionDriver projection) {
        history(projection, BROMLEY, "Bromley");
        history(projection, BARNET, "Barnet");
    }

    private static void history(ProjectionDriver projection, String board, String name) {
        projection.deliver("2019-04-01T09:00:00Z", registered(board, name));
        projection.deliver("2019-04-10T09:00:00Z", planSet(board, "NEL", "2019-20-Q1", 6589));
        projection.deliver("2019-04-10T09:01:00Z", planSet(board, "NEL", "2019-20-Q2", 6659));
        List<String> months = List.of("2019-04", "2019-05", "2019-06", "2019-07", "2019-08");
        for (int month = 0; month < months.size(); month++) {
            String storedAt = "2019-0" + (month + 5) + "-10T09:00:00Z";
            projection.deliver(storedAt, recorded(board, "NEL", months.get(month), 1, 2100 + 10L * month));
        }
        projection.deliver("2019-09-19T18:00:00Z", signedOff(board, "2019-20-Q1", LocalDate.of(2019, 9, 19)));
        projection.deliver("2019-11-01T09:00:00Z", commentary(board, "NEL", "2019-20-Q2", 1, "Within plan."));
        projection.deliver("2019-11-21T17:00:00Z", signedOff(board, "2019-20-Q2", LocalDate.of(2019, 11, 21)));
        projection.deliver("2019-12-02T09:00:00Z", corrected(board, "NEL", "2019-08", 2, 2201, "SUS resubmission"));
    }
}
