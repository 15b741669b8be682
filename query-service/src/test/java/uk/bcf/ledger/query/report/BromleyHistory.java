package uk.bcf.ledger.query.report;

import static uk.bcf.ledger.query.TestEvents.by;
import static uk.bcf.ledger.query.TestEvents.commentary;
import static uk.bcf.ledger.query.TestEvents.registered;
import static uk.bcf.ledger.query.TestEvents.signedOff;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.period.Period;

/**
 * Bromley's 2019-20 history as in demo/bromley-2019-20.requests, each event stored at a fixed moment: the figures
 * and commentary of the Q1-Q2 report, its sign-off at 17:00 on 21 November 2019, and on 2 December 2019 the
 * correction of August's admissions and September's first figure.
 */
final class BromleyHistory {

    static final String SIGNED_OFF_AT = "2019-11-21T17:00:00Z";
    static final String NEL_Q1 = "Quarter 1 saw non-elective admissions into the hospital reported within plan with "
            + "the first five months of the year showing no clear trend upwards or downwards.";
    static final String NEL_Q2 = "At the time of this report, September figures were not available (due to the "
            + "reporting schedule). Consequently we do not currently have a complete picture for quarter 2.";
    static final String RES_Q2 = "The admissions to residential care are currently on course to exceed our target "
            + "of 425.0 per 100,000 of the population.";

    private static final String PLANNING = "BCF 2019-20 planning template";

    private BromleyHistory() {}

    static void deliver(ProjectionDriver projection, String board) {
        projection.deliver("2018-04-02T09:00:00Z", registered(board, "Bromley"));
        projection.deliver(
                "2018-04-10T09:00:00Z",
                plan(
                        board,
                        "DTOC",
                        "2018-19",
                        Measurement.perDay(new BigDecimal("10.31")),
                        "BCF 2017-19 planning template"));
        projection.deliver(
                "2019-04-02T09:00:00Z",
                new PopulationRecordedEvent(
                        board,
                        2019,
                        "65+",
                        57_626,
                        1,
                        by("loader", "ONS 2016-based sub-national population projections", null)));
        projection.deliver("2019-04-10T09:00:00Z", plan(board, "NEL", "2019-20-Q1", Measurement.count(6589), PLANNING));
        projection.deliver("2019-04-10T09:01:00Z", plan(board, "NEL", "2019-20-Q2", Measurement.count(6659), PLANNING));
        projection.deliver(
                "2019-04-10T09:02:00Z",
                plan(board, "DTOC", "2019-20", Measurement.perDay(new BigDecimal("12.5")), PLANNING));
        projection.deliver(
                "2019-04-10T09:03:00Z", plan(board, "RES_ADM_65", "2019-20", Measurement.events(245), PLANNING));
        projection.deliver(
                "2019-04-10T09:04:00Z", plan(board, "REABLEMENT_91", "2019-20", Measurement.ratio(446, 495), PLANNING));
        projection.deliver("2019-06-10T09:00:00Z", actual(board, "NEL", "2019-04", Measurement.count(2134), "SUS"));
        projection.deliver("2019-07-10T09:00:00Z", actual(board, "NEL", "2019-05", Measurement.count(2249), "SUS"));
        projection.deliver(
                "2019-07-05T09:00:00Z",
                actual(board, "REABLEMENT_91", "2018-19-Q4", Measurement.ratio(339, 364), "LBB reablement records"));
        projection.deliver(
                "2019-07-20T09:00:00Z",
                actual(board, "RES_ADM_65", "2019-20-Q1", Measurement.events(65), "LBB adult social care records"));
        projection.deliver("2019-08-10T09:00:00Z", actual(board, "NEL", "2019-06", Measurement.count(2092), "SUS"));
        projection.deliver(
                "2019-08-15T09:00:00Z",
                actual(
                        board,
                        "DTOC",
                        "2019-20-Q1",
                        Measurement.count(633),
                        "NHS England Delayed Transfers of Care statistics"));
        projection.deliver("2019-09-10T09:00:00Z", actual(board, "NEL", "2019-07", Measurement.count(2392), "SUS"));
        projection.deliver(
                "2019-10-05T09:00:00Z",
                actual(board, "REABLEMENT_91", "2019-20-Q1", Measurement.ratio(73, 74), "LBB reablement records"));
        projection.deliver("2019-10-10T09:00:00Z", actual(board, "NEL", "2019-08", Measurement.count(2193), "SUS"));
        projection.deliver(
                "2019-10-20T09:00:00Z",
                actual(board, "RES_ADM_65", "2019-20-Q2", Measurement.events(125), "LBB adult social care records"));
        projection.deliver("2019-11-14T11:00:00Z", commentary(board, "NEL", "2019-20-Q1", 1, NEL_Q1));
        projection.deliver("2019-11-14T11:01:00Z", commentary(board, "NEL", "2019-20-Q2", 1, NEL_Q2));
        projection.deliver("2019-11-14T11:02:00Z", commentary(board, "RES_ADM_65", "2019-20-Q2", 1, RES_Q2));
        projection.deliver(SIGNED_OFF_AT, signedOff(board, "2019-20-Q2", LocalDate.of(2019, 11, 21)));
        projection.deliver(
                "2019-12-02T10:00:00Z",
                new ActualCorrectedEvent(
                        board,
                        "NEL",
                        Period.parse("2019-08"),
                        Measurement.count(2201),
                        2,
                        by("analyst", "SUS", "SUS resubmission")));
        projection.deliver("2019-12-02T10:05:00Z", actual(board, "NEL", "2019-09", Measurement.count(2231), "SUS"));
    }

    private static PlanSetEvent plan(String board, String metric, String period, Measurement plan, String source) {
        return new PlanSetEvent(board, metric, Period.parse(period), plan, 1, by("planner", source, null));
    }

    private static ActualRecordedEvent actual(
            String board, String metric, String period, Measurement actual, String source) {
        return new ActualRecordedEvent(board, metric, Period.parse(period), actual, 1, by("analyst", source, null));
    }
}
