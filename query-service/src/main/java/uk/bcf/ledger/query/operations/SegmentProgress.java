package uk.bcf.ledger.query.operations;

import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Where one segment of a streaming processor stands, as its token in the token store says; a segment without a
 * token has processed nothing. Tokens may be replay tokens (during a rebuild) wrapping the position reached.
 *
 * @param processor the processing group
 * @param segment   the segment id
 * @param token     the segment's token, or null
 */
public record SegmentProgress(String processor, int segment, TrackingToken token) {

    /**
     * Whether the segment has dealt with the event at a global index (handled it, or passed it as another
     * segment's). Gaps the token still holds below the index are events it has not seen yet, such as rolled-back
     * appends that will never appear; they say nothing about this event, so they are left out of the comparison
     * ({@code covers} would otherwise be false until Axon drops those gaps).
     */
    public boolean hasProcessed(long position) {
        if (token == null) {
            return false;
        }
        SortedSet<Long> gapsBelow = WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> gapAware.getGaps().headSet(position))
                .orElseGet(TreeSet::new);
        return token.covers(GapAwareTrackingToken.newInstance(position, gapsBelow));
    }

    /** The global index the segment has reached, if any. */
    public OptionalLong position() {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
