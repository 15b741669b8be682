package uk.bcf.ledger.axon;

import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * Axon's tables under the snake_case names that the services' Flyway migrations create. Axon's defaults
 * (camelCase, unqualified) are never used: the schema is owned by Flyway, not generated at start-up. The only
 * place in Java these names are written: the services ask the tables through {@link EventStoreIndex},
 * {@link EventStoreLock} and {@link TokenStoreReader}, which build their SQL from these schemas.
 */
final class AxonTables {

    static final String EVENT_STORE_SCHEMA = "event_store";
    static final String PROCESSING_SCHEMA = "read_model";

    private AxonTables() {}

    static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EVENT_STORE_SCHEMA + ".domain_event_entry")
                .snapshotTable(EVENT_STORE_SCHEMA + ".snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    static TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable(PROCESSING_SCHEMA + ".token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    static DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(PROCESSING_SCHEMA + ".dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_identifier")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
