package uk.bcf.ledger.query;

import java.time.Instant;
import java.time.LocalDate;
import uk.bcf.ledger.shared.event.ActualCorrectedEvent;
import uk.bcf.ledger.shared.event.ActualRecordedEvent;
import uk.bcf.ledger.shared.event.ActualWithdrawnEvent;
import uk.bcf.ledger.shared.event.BoardRegisteredEvent;
import uk.bcf.ledger.shared.event.CommentaryWrittenEvent;
import uk.bcf.ledger.shared.event.PlanRevisedEvent;
import uk.bcf.ledger.shared.event.PlanSetEvent;
import uk.bcf.ledger.shared.event.PopulationRecordedEvent;
import uk.bcf.ledger.shared.event.QuarterSignedOffEvent;
import uk.bcf.ledger.shared.figure.Measurement;
import uk.bcf.ledger.shared.figure.Provenance;
import uk.bcf.ledger.shared.period.Period;

/**
 * Short-hand for the events of the tests. The provenance's own {@code recordedAt} is fixed and deliberately far
 * from any system time used in the tests: the read model must take system time from the event message instead.
 */
public final class TestEvents {

    private static final Instant COMMAND_ACCEPTED_AT = Instant.parse("2000-01-01T00:00:00Z");

    private TestEvents() {}

    public static Provenance by(String who, String source, String reason) {
        return new Provenance(who, COMMAND_ACCEPTED_AT, source, reason);
    }

    public static BoardRegisteredEvent registered(String board, String name) {
        return new BoardRegisteredEvent(board, name, by("registrar", null, null));
    }

    public static ActualRecordedEvent recorded(String board, String metric, String period, int version, long value) {
        return new ActualRecordedEvent(
                board, metric, Period.parse(period), Measurement.count(value), version, by("recorder", "SUS", null));
    }

    public static ActualRecordedEvent recordedRatio(
            String board, String metric, String period, long numerator, long denominator) {
        return new ActualRecordedEvent(
                board,
                metric,
                Period.parse(period),
                Measurement.ratio(numerator, denominator),
                1,
                by("recorder", "council", null));
    }

    public static ActualCorrectedEvent corrected(
            String board, String metric, String period, int version, long value, String reason) {
        return new ActualCorrectedEvent(
                board, metric, Period.parse(period), Measurement.count(value), version, by("corrector", "SUS", reason));
    }

    public static ActualWithdrawnEvent withdrawn(
            String board, String metric, String period, int version, String reason) {
        return new ActualWithdrawnEvent(board, metric, Period.parse(period), version, by("withdrawer", null, reason));
    }

    public static PlanSetEvent planSet(String board, String metric, String period, long value) {
        return new PlanSetEvent(
                board, metric, Period.parse(period), Measurement.count(value), 1, by("planner", null, null));
    }

    public static PlanRevisedEvent planRevised(
            String board, String metric, String period, int version, Measurement measurement, String reason) {
        return new PlanRevisedEvent(
                board, metric, Period.parse(period), measurement, version, by("reviser", null, reason));
    }

    public static PopulationRecordedEvent population(String board, int version, long count, String source) {
        return new PopulationRecordedEvent(board, 2019, "65+", count, version, by("loader", source, null));
    }

    public static CommentaryWrittenEvent commentary(
            String board, String metric, String period, int version, String text) {
        return new CommentaryWrittenEvent(
                board, metric, Period.parse(period), text, version, by("analyst", null, null));
    }

    public static QuarterSignedOffEvent signedOff(String board, String quarter, LocalDate meetingDate) {
        return new QuarterSignedOffEvent(
                board, Period.parse(quarter), meetingDate, "Health and Wellbeing Board", by("secretary", null, null));
    }
}
