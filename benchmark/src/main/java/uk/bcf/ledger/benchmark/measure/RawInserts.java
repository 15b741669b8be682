package uk.bcf.ledger.benchmark.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The ceiling for appends: plain JDBC inserts into a scratch table of the same shape as
 * {@code event_store.domain_event_entry} (its columns, primary key, unique constraints and own bigserial), of rows
 * sized like the stored events because their payloads and metadata are copied from a sample of them. Measured
 * batched (a batch of {@value #BATCH} rows per statement batch and commit, the PostgreSQL driver's defaults; the
 * median of several rounds, as one round varies by a third from run to run) and one row per transaction. The scratch schema is dropped afterwards.
 */
public final class RawInserts {

    static final int BATCH = 1_000;
    private static final int EVENTS_PER_AGGREGATE = 25;
    private static final String SCHEMA = "bench_raw";
    private static final String INSERT = """
            insert into bench_raw.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Supplier<Connection> connections;
    private List<SampleRow> sample;
    private long aggregates;

    private record SampleRow(
            String type, String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {}

    public RawInserts(Supplier<Connection> connections) {
        this.connections = connections;
    }

    /** Creates the scratch table and samples the stored events. */
    public RawInserts prepare() throws SQLException {
        try (Connection connection = connections.get();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
            statement.execute("""
                    create table bench_raw.domain_event_entry (
                        global_index bigserial not null, event_identifier varchar(255) not null,
                        aggregate_identifier varchar(255) not null, sequence_number bigint not null, type varchar(255),
                        time_stamp varchar(255) not null, payload_type varchar(255) not null, payload_revision varchar(255),
                        payload bytea not null, meta_data bytea, primary key (global_index),
                        constraint raw_aggregate_sequence unique (aggregate_identifier, sequence_number),
                        constraint raw_event_identifier unique (event_identifier))""");
            sample = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select type, payload_type, payload_revision, payload, meta_data from event_store.domain_event_entry
                    where global_index % 97 = 0 limit 10000""")) {
                while (rows.next()) {
                    sample.add(new SampleRow(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getBytes(4),
                            rows.getBytes(5)));
                }
            }
        }
        if (sample.isEmpty()) {
            throw new IllegalStateException("no stored events to copy the shape of");
        }
        return this;
    }

    /** The mean payload plus metadata size of the sampled events, in bytes. */
    public double meanRowBytes() {
        return sample.stream()
                .mapToInt(row -> row.payload().length + (row.metaData() == null ? 0 : row.metaData().length))
                .average()
                .orElse(0);
    }

    /** The median of {@code rounds} batched runs of {@code rows} rows each. */
    public Throughput batched(int rows, int rounds) throws SQLException {
        List<Throughput> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            results.add(batched(rows));
        }
        results.sort(Comparator.comparingDouble(Throughput::perSecond));
        return results.get(rounds / 2);
    }

    public Throughput batched(int rows) throws SQLException {
        try (Connection connection = connections.get();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                bind(insert, i);
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == rows - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            return Throughput.since(rows, started);
        }
    }

    public Throughput rowPerTransaction(int rows) throws SQLException {
        try (Connection connection = connections.get();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(true);
            long started = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                bind(insert, i);
                insert.executeUpdate();
            }
            return Throughput.since(rows, started);
        }
    }

    public void dropScratchTable() throws SQLException {
        try (Connection connection = connections.get();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private void bind(PreparedStatement insert, int i) throws SQLException {
        SampleRow row = sample.get(i % sample.size());
        long sequence = i % EVENTS_PER_AGGREGATE;
        if (sequence == 0) {
            aggregates++;
        }
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, "raw-" + aggregates);
        insert.setLong(3, sequence);
        insert.setString(4, row.type());
        insert.setString(5, Instant.now().toString());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.payloadRevision());
        insert.setBytes(8, row.payload());
        insert.setBytes(9, row.metaData());
    }
}
