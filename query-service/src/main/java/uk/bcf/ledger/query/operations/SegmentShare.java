package uk.bcf.ledger.query.operations;

import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.axon.TokenStoreReader;

/**
 * Shares each processor's segments among the live instances: an instance holding more than its share (the segments
 * divided by the live instances, rounded up) releases the excess, which an instance holding fewer claims within its
 * claim interval. Every instance runs enough threads to hold every segment, so when one dies the others take its
 * segments over once its claims expire (the token claim timeout), and the share grows back.
 */
@Component
class SegmentShare {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentShare.class);

    private final StreamingProcessorRegistry processors;
    private final TokenStoreReader tokens;

    SegmentShare(StreamingProcessorRegistry processors, TokenStoreReader tokens) {
        this.processors = processors;
        this.tokens = tokens;
    }

    /** Releases what this instance holds beyond its share among the live instances. */
    void balance(Set<String> liveInstances) {
        int instances = Math.max(1, liveInstances.size());
        List<TokenStoreReader.StoredToken> stored = tokens.segments(processors.names());
        processors.byName().forEach((name, processor) -> {
            long segments = stored.stream()
                    .filter(token -> token.processor().equals(name))
                    .count();
            int share = (int) Math.ceil((double) segments / instances);
            release(name, processor, share);
        });
    }

    private static void release(String name, StreamingEventProcessor processor, int share) {
        List<Integer> held =
                processor.processingStatus().keySet().stream().sorted().toList();
        for (int excess = held.size() - share; excess > 0; excess--) {
            int segment = held.get(held.size() - excess);
            LOG.info(
                    "Releasing segment {} of {}: this instance holds {} of a share of {}",
                    segment,
                    name,
                    held.size(),
                    share);
            processor.releaseSegment(segment);
        }
    }
}
