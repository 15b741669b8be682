package uk.bcf.ledger.query.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

/** Whether a segment's token has processed a global index, with gaps and replay tokens. */
class SegmentProgressTest {

    @Test
    void aSegmentWithoutATokenHasProcessedNothing() {
        SegmentProgress segment = new SegmentProgress("p", 0, null);

        assertThat(segment.hasProcessed(0)).isFalse();
        assertThat(segment.position()).isEmpty();
    }

    @Test
    void aTokenHasProcessedEveryPositionUpToItsIndexExceptItsGaps() {
        SegmentProgress segment = new SegmentProgress("p", 0, GapAwareTrackingToken.newInstance(100, List.of(50L)));

        assertThat(segment.hasProcessed(1)).isTrue();
        assertThat(segment.hasProcessed(100)).isTrue();
        assertThat(segment.hasProcessed(101)).isFalse();
        assertThat(segment.hasProcessed(50))
                .as("a gap is an event not yet seen")
                .isFalse();
        assertThat(segment.hasProcessed(60))
                .as("a gap below says nothing about a later event")
                .isTrue();
        assertThat(segment.position()).hasValue(100);
    }

    @Test
    void aReplayTokenHasProcessedWhatItHasReplayedSoFar() {
        GapAwareTrackingToken head = GapAwareTrackingToken.newInstance(100, List.of());
        ReplayToken replaying =
                (ReplayToken) ReplayToken.createReplayToken(head, GapAwareTrackingToken.newInstance(40, List.of()));

        SegmentProgress segment = new SegmentProgress("p", 0, replaying);

        assertThat(segment.hasProcessed(40)).isTrue();
        assertThat(segment.hasProcessed(41)).isFalse();
        assertThat(new SegmentProgress("p", 0, ReplayToken.createReplayToken(head)).hasProcessed(1))
                .isFalse();
    }
}
