package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY_ANALYST;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SQL in free text is just text: every statement binds its values as parameters, so a board name, source, reason,
 * commentary, signatory or import cell that reads like SQL is stored exactly as written and no table is touched.
 * (Markup is what free text may not carry; see {@link ScriptInjectionIT}.) SQL where a code is expected is
 * refused by the code's own rule, or, in a URL, by the firewall when it carries an encoded {@code ;}.
 */
class SqlInjectionIT extends AccessFixture {

    static final String DROP_EVENTS = "'); drop table event_store.domain_event_entry; --";
    static final String DROP_USERS = "Robert'); DROP TABLE access.app_user CASCADE;--";
    static final String ALWAYS_TRUE = "x' or '1'='1";
    private static final String BOARD = "/api/boards/" + BROMLEY;

    @Test
    void aBoardNameThatReadsLikeSqlIsStoredVerbatim() {
        JsonNode event = storedBy(
                operator.json("POST", "/api/boards", "{\"code\":\"E09000010\",\"name\":\"" + DROP_EVENTS + "\"}"));

        assertThat(event.get("name").asString()).isEqualTo(DROP_EVENTS);
    }

    @Test
    void sourcesReasonsCommentaryAndSignatoriesThatReadLikeSqlAreStoredVerbatim() {
        JsonNode actual = storedBy(bromleyAnalyst.json(
                "POST",
                BOARD + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-10\",\"value\":1,\"source\":\"" + DROP_EVENTS + "\"}"));
        JsonNode correction = storedBy(bromleyAnalyst.json(
                "PUT", BOARD + "/actuals/NEL/2019-10", "{\"value\":2,\"reason\":\"" + DROP_USERS + "\"}"));
        JsonNode withdrawal = storedBy(
                bromleyAnalyst.json("DELETE", BOARD + "/actuals/NEL/2019-10", "{\"reason\":\"" + ALWAYS_TRUE + "\"}"));
        JsonNode commentary = storedBy(bromleyAnalyst.json(
                "POST",
                BOARD + "/commentary",
                "{\"metric\":\"NEL\",\"period\":\"2019-20-Q3\",\"text\":\"" + DROP_USERS + "\"}"));
        JsonNode signOff = storedBy(bromleyAnalyst.json(
                "POST",
                BOARD + "/sign-offs",
                "{\"period\":\"2019-20-Q3\",\"meetingDate\":\"2020-01-16\",\"signedOffBy\":\"" + DROP_EVENTS + "\"}"));
        JsonNode population = storedBy(bromleyAnalyst.json(
                "POST",
                BOARD + "/populations",
                "{\"year\":2017,\"ageBand\":\"65+\",\"count\":55000,\"source\":\"" + ALWAYS_TRUE + "\"}"));

        assertThat(actual.get("provenance").get("source").asString()).isEqualTo(DROP_EVENTS);
        assertThat(correction.get("provenance").get("reason").asString()).isEqualTo(DROP_USERS);
        assertThat(withdrawal.get("provenance").get("reason").asString()).isEqualTo(ALWAYS_TRUE);
        assertThat(commentary.get("text").asString()).isEqualTo(DROP_USERS);
        assertThat(signOff.get("signedOffBy").asString()).isEqualTo(DROP_EVENTS);
        assertThat(population.get("provenance").get("source").asString()).isEqualTo(ALWAYS_TRUE);
    }

    @Test
    void importCellsThatReadLikeSqlAreStoredVerbatim() {
        HttpResponse<String> imported = bromleyAnalyst.csv(
                BOARD + "/imports?reason=" + URLEncoder.encode(ALWAYS_TRUE, StandardCharsets.UTF_8),
                ImportScopeIT.HEADER + ",NEL,2019-11,actual,9,,,,\"" + DROP_EVENTS + "\",,\r\n"
                        + ",NEL,2019-04,actual,2135,,,,,\"" + DROP_USERS + "\",\r\n");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode correction = tables.eventAt(LedgerTables.positionOf(imported));
        JsonNode recorded = tables.eventAt(LedgerTables.positionOf(imported) - 1);
        assertThat(recorded.get("provenance").get("source").asString()).isEqualTo(DROP_EVENTS);
        assertThat(correction.get("provenance").get("reason").asString()).isEqualTo(DROP_USERS);
    }

    @Test
    void sqlWhereACodeIsExpectedIsRefusedByTheCodesRule() {
        String quoted = pathSegment("E09000006' or '1'='1");
        String withStatement = pathSegment("E09000006'; delete from access.app_user; --");
        String actual = "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":1}";

        tables.assertRefusedStoringNothing(
                () -> operator.json("POST", "/api/boards", "{\"code\":\"" + DROP_EVENTS + "\",\"name\":\"Nowhere\"}"),
                400,
                "code");
        tables.assertRefusedStoringNothing(
                () -> operator.json("POST", "/api/boards/" + quoted + "/actuals", actual), 404, "board");
        tables.assertRefusedStoringNothing(
                () -> operator.json("POST", "/api/boards/" + withStatement + "/actuals", actual), 400, null);
        tables.assertRefusedStoringNothing(
                () -> bromleyAnalyst.json(
                        "POST",
                        BOARD + "/actuals",
                        "{\"metric\":\"" + ALWAYS_TRUE + "\",\"period\":\"2019-04\",\"value\":1}"),
                400,
                "metric");
        tables.assertRefusedStoringNothing(
                () -> operator.json(
                        "POST",
                        "/api/admin/users",
                        "{\"username\":\"" + DROP_USERS
                                + "\",\"password\":\"long enough passphrase\",\"roles\":[\"VIEWER\"],\"boards\":[]}"),
                400,
                "username");
        tables.assertRefusedStoringNothing(
                () -> operator.json(
                        "PUT",
                        "/api/admin/users/" + BROMLEY_ANALYST.name() + "/boards",
                        "{\"boards\":[\"" + ALWAYS_TRUE + "\"]}"),
                400,
                "boards");
    }

    private static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode storedBy(HttpResponse<String> write) {
        JsonNode stored = tables.storedBy(write);
        assertThat(tables.counts().events())
                .as("the event table is still there and counting")
                .isPositive();
        return stored;
    }
}
