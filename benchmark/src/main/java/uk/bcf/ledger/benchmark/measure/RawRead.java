package uk.bcf.ledger.benchmark.measure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ceiling for a rebuild: one sequential JDBC read of the whole event table in global order (fetch size
 * {@value #FETCH_SIZE}), every column read and every payload deserialised into its event class with a Jackson 2
 * mapper configured as the services' Axon serializer (Java time, dates as text, unknown properties ignored).
 */
public final class RawRead {

    static final int FETCH_SIZE = 1_000;

    private final Supplier<Connection> connections;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Map<String, Class<?>> classes = new HashMap<>();
    private long checksum;

    public RawRead(Supplier<Connection> connections) {
        this.connections = connections;
    }

    public Throughput run() throws SQLException {
        long events = 0;
        checksum = 0;
        try (Connection connection = connections.get()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(FETCH_SIZE);
                long started = System.nanoTime();
                try (ResultSet rows = statement.executeQuery("""
                        select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                        from event_store.domain_event_entry order by global_index""")) {
                    while (rows.next()) {
                        checksum += rows.getLong(1)
                                + rows.getString(2).length()
                                + rows.getString(3).length()
                                + rows.getLong(4);
                        rows.getString(5);
                        checksum += Instant.parse(rows.getString(6)).getNano();
                        Object event = mapper.readValue(rows.getBytes(9), eventClass(rows.getString(7)));
                        rows.getString(8);
                        rows.getBytes(10);
                        checksum += event.hashCode();
                        events++;
                    }
                }
                connection.commit();
                return Throughput.since(events, started);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deserialise a stored event", e);
        }
    }

    /** A sum over everything read, so that no read can be optimised away; printed beside the result. */
    public long checksum() {
        return checksum;
    }

    private Class<?> eventClass(String payloadType) {
        return classes.computeIfAbsent(payloadType, type -> {
            try {
                return Class.forName(type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("unknown event class " + type, e);
            }
        });
    }
}
