package uk.bcf.ledger.command.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.shared.imports.ImportResult;

/** Finds where a ledger's last stored event sits in the whole event stream: the position a reader can wait for. */
@Component
class EventPositions {

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long lastOf(ImportResult result) {
        return jdbc.sql("""
                        select global_index from event_store.domain_event_entry
                        where aggregate_identifier = ? and sequence_number = ?""")
                .params(result.aggregateId(), result.lastSequence())
                .query(Long.class)
                .single();
    }
}
