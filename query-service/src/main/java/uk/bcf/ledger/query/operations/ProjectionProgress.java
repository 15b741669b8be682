package uk.bcf.ledger.query.operations;

import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.axon.TokenStoreReader;

/**
 * How far the streaming processors have got, read from the token store: every segment of every processor this
 * service runs, including segments that other instances hold. Answers whether an event at a global index is
 * visible in every read model (read-your-writes) and the lowest position reached (lag).
 */
@Component
public class ProjectionProgress {

    private final TokenStoreReader tokens;
    private final StreamingProcessorRegistry processors;

    public ProjectionProgress(TokenStoreReader tokens, StreamingProcessorRegistry processors) {
        this.tokens = tokens;
        this.processors = processors;
    }

    /** Every segment of every streaming processor, by processor and segment. */
    public List<SegmentProgress> segments() {
        return tokens.segments(processors.names()).stream()
                .map(stored -> new SegmentProgress(stored.processor(), stored.segment(), stored.token()))
                .toList();
    }

    /** Whether every segment of every processor has processed the event at the position; no segment yet is no. */
    public boolean hasProcessed(long position) {
        return hasProcessed(position, segments());
    }

    /** Whether these segments, read once for many questions, have all processed the event at the position. */
    boolean hasProcessed(long position, List<SegmentProgress> segments) {
        boolean everyProcessorHasSegments = processors.names().stream()
                .allMatch(name -> segments.stream()
                        .anyMatch(segment -> segment.processor().equals(name)));
        return everyProcessorHasSegments && segments.stream().allMatch(segment -> segment.hasProcessed(position));
    }

    /** The lowest global index any segment has reached; empty when some segment has processed nothing. */
    public OptionalLong lowestPosition() {
        List<SegmentProgress> segments = segments();
        if (segments.isEmpty()
                || segments.stream().anyMatch(segment -> segment.position().isEmpty())) {
            return OptionalLong.empty();
        }
        return segments.stream()
                .mapToLong(segment -> segment.position().getAsLong())
                .min();
    }
}
