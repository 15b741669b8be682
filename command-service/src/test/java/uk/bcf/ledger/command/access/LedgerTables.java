package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attack could have changed, read straight from PostgreSQL: how many rows the event store and the
 * {@code access} tables hold, and the stored payload of an event. Asserts that a refused request changed none of them.
 */
final class LedgerTables {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Row counts of the tables a refused request must leave as they were. */
    record Counts(long events, long users, long roles, long boards, long idempotentRequests) {}

    private final JdbcClient jdbc;

    LedgerTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts counts() {
        return new Counts(
                count("event_store.domain_event_entry"),
                count("access.app_user"),
                count("access.user_role"),
                count("access.user_board"),
                count("command_side.idempotent_request"));
    }

    /**
     * Sends the request and asserts that it is refused with a problem of this status naming {@code field} (no
     * particular field when null), and that no table it could change has a row more or fewer.
     */
    JsonNode assertRefusedStoringNothing(Supplier<HttpResponse<String>> request, int status, String field) {
        Counts before = counts();

        JsonNode problem = assertProblem(request.get(), status, field);

        assertThat(counts()).as("rows after the refused request").isEqualTo(before);
        return problem;
    }

    /** The payload of the event a write stored, after asserting that the write was accepted (201). */
    JsonNode storedBy(HttpResponse<String> write) {
        assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
        return eventAt(positionOf(write));
    }

    /** The payload of the event stored at this position of the event stream (as a write answers it). */
    JsonNode eventAt(long position) {
        return JSON.readTree(jdbc.sql(
                        "select convert_from(payload, 'UTF8') from event_store.domain_event_entry where global_index = ?")
                .param(position)
                .query(String.class)
                .single());
    }

    /** The payload of the last event of an aggregate. */
    JsonNode lastEventOf(String aggregateId) {
        return JSON.readTree(
                jdbc.sql("""
                        select convert_from(payload, 'UTF8') from event_store.domain_event_entry
                        where aggregate_identifier = ? order by sequence_number desc limit 1""").param(aggregateId).query(String.class).single());
    }

    /** The position in the event stream that an accepted write or import answers with. */
    static long positionOf(HttpResponse<String> answer) {
        return JSON.readTree(answer.body()).get("position").asLong();
    }

    /** The user an event records as its author. */
    static String author(JsonNode event) {
        return event.get("provenance").get("recordedBy").asString();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
