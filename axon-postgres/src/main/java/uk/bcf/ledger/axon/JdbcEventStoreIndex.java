package uk.bcf.ledger.axon;

import java.util.OptionalLong;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link EventStoreIndex} on the event table of the configured {@link EventSchema}, in the caller's transaction if any. */
final class JdbcEventStoreIndex implements EventStoreIndex {

    private final JdbcClient jdbc;
    private final String positionOf;
    private final String head;
    private final String lastSequenceOf;

    JdbcEventStoreIndex(DataSource dataSource, EventSchema schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.positionOf = "select " + schema.globalIndexColumn() + " from " + schema.domainEventTable() + " where "
                + schema.aggregateIdentifierColumn() + " = ? and " + schema.sequenceNumberColumn() + " = ?";
        this.lastSequenceOf = "select max(" + schema.sequenceNumberColumn() + ") from " + schema.domainEventTable()
                + " where " + schema.aggregateIdentifierColumn() + " = ?";
        this.head = "select coalesce(max(" + schema.globalIndexColumn() + "), 0) from " + schema.domainEventTable();
    }

    @Override
    public long positionOf(String aggregateId, long sequenceNumber) {
        return jdbc.sql(positionOf)
                .params(aggregateId, sequenceNumber)
                .query(Long.class)
                .single();
    }

    @Override
    public OptionalLong lastSequenceOf(String aggregateId) {
        Long last =
                jdbc.sql(lastSequenceOf).param(aggregateId).query(Long.class).single();
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    @Override
    public long head() {
        return jdbc.sql(head).query(Long.class).single();
    }
}
