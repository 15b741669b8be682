package uk.bcf.ledger.axon;

import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Reads the token store without claiming anything: where every segment of the named streaming processors stands,
 * including segments other instances hold. Axon's own {@code TokenStore} only hands a token out with a claim.
 */
public interface TokenStoreReader {

    /**
     * A segment's stored token, or {@code null} as token when the segment has processed nothing yet, and the node
     * that holds its claim, or {@code null} when nobody does.
     */
    record StoredToken(String processor, int segment, TrackingToken token, String owner) {}

    /** Every stored segment of the processors, ordered by processor and segment; none for no processors. */
    List<StoredToken> segments(Collection<String> processors);
}
