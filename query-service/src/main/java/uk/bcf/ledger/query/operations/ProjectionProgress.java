package uk.bcf.ledger.query.operations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the streaming processors have got, read from the token store: every segment of every processor this
 * service runs, including segments that other instances hold. Answers whether an event at a global index is
 * visible in every read model (read-your-writes) and the lowest position reached (lag).
 */
@Component
public class ProjectionProgress {

    private static final long POLL_INTERVAL_MILLIS = 10;

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final StreamingProcessorRegistry processors;

    public ProjectionProgress(JdbcClient jdbc, Serializer serializer, StreamingProcessorRegistry processors) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processors = processors;
    }

    /** Every segment of every streaming processor, by processor and segment. */
    public List<SegmentProgress> segments() {
        Set<String> names = processors.names();
        if (names.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select processor_name, segment, token, token_type from read_model.token_entry
                        where processor_name in (:names) order by processor_name, segment""")
                .param("names", names)
                .query(this::segment)
                .list();
    }

    /** Whether every segment of every processor has processed the event at the position; no segment yet is no. */
    public boolean hasProcessed(long position) {
        List<SegmentProgress> segments = segments();
        boolean everyProcessorHasSegments = processors.names().stream()
                .allMatch(name -> segments.stream().anyMatch(segment -> segment.processor().equals(name)));
        return everyProcessorHasSegments && segments.stream().allMatch(segment -> segment.hasProcessed(position));
    }

    /** The lowest global index any segment has reached; empty when some segment has processed nothing. */
    public OptionalLong lowestPosition() {
        List<SegmentProgress> segments = segments();
        if (segments.isEmpty() || segments.stream().anyMatch(segment -> segment.position().isEmpty())) {
            return OptionalLong.empty();
        }
        return segments.stream().mapToLong(segment -> segment.position().getAsLong()).min();
    }

    /**
     * Polls every {@value #POLL_INTERVAL_MILLIS} ms until the event at the position has been processed everywhere,
     * or the timeout has passed.
     *
     * @return whether it was processed in time
     */
    public boolean awaitProcessed(long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!hasProcessed(position)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private SegmentProgress segment(ResultSet row, int rowNumber) throws SQLException {
        byte[] token = row.getBytes("token");
        TrackingToken deserialized = token == null ? null : serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, row.getString("token_type"), null));
        return new SegmentProgress(row.getString("processor_name"), row.getInt("segment"), deserialized);
    }
}
