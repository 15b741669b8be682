package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY_ANALYST;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.security.LedgerUsers;

/**
 * SQL in free text is just text: every statement binds its values as parameters, so a board name, source, reason,
 * commentary, signatory or import cell that reads like SQL is stored exactly as written and no table is touched.
 * (Markup is what free text may not carry; see {@link ScriptInjectionIT}.) SQL where a code is expected is
 * refused by the code's own rule, or, in a URL, by the firewall when it carries an encoded {@code ;}.
 */
@CommandServiceTest
class SqlInjectionIT {

    static final String DROP_EVENTS = "'); drop table event_store.domain_event_entry; --";
    static final String DROP_USERS = "Robert'); DROP TABLE access.app_user CASCADE;--";
    static final String ALWAYS_TRUE = "x' or '1'='1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOARD = "/api/boards/" + BROMLEY;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerUsers users;

    private CommandHttp operator;
    private CommandHttp analyst;
    private LedgerTables tables;

    @BeforeEach
    void prepare() {
        operator = new CommandHttp(port);
        AccessUsers.prepare(users, operator);
        analyst = operator.as(BROMLEY_ANALYST);
        tables = new LedgerTables(jdbc);
    }

    @Test
    void aBoardNameThatReadsLikeSqlIsStoredVerbatim() {
        JsonNode event = storedBy(operator.json("POST", "/api/boards", "{\"code\":\"E09000010\",\"name\":\"" + DROP_EVENTS + "\"}"));

        assertThat(event.get("name").asString()).isEqualTo(DROP_EVENTS);
    }

    @Test
    void sourcesReasonsCommentaryAndSignatoriesThatReadLikeSqlAreStoredVerbatim() {
        JsonNode actual = storedBy(analyst.json("POST", BOARD + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-10\",\"value\":1,\"source\":\"" + DROP_EVENTS + "\"}"));
        JsonNode correction = storedBy(analyst.json("PUT", BOARD + "/actuals/NEL/2019-10", "{\"value\":2,\"reason\":\"" + DROP_USERS + "\"}"));
        JsonNode withdrawal = storedBy(analyst.json("DELETE", BOARD + "/actuals/NEL/2019-10", "{\"reason\":\"" + ALWAYS_TRUE + "\"}"));
        JsonNode commentary = storedBy(analyst.json("POST", BOARD + "/commentary",
                "{\"metric\":\"NEL\",\"period\":\"2019-20-Q3\",\"text\":\"" + DROP_USERS + "\"}"));
        JsonNode signOff = storedBy(analyst.json("POST", BOARD + "/sign-offs",
                "{\"period\":\"2019-20-Q3\",\"meetingDate\":\"2020-01-16\",\"signedOffBy\":\"" + DROP_EVENTS + "\"}"));
        JsonNode population = storedBy(analyst.json("POST", BOARD + "/populations",
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
        HttpResponse<String> imported = analyst.csv(BOARD + "/imports?reason=" + URLEncoder.encode(ALWAYS_TRUE, StandardCharsets.UTF_8),
                ImportScopeIT.HEADER + ",NEL,2019-11,actual,9,,,,\"" + DROP_EVENTS + "\",,\r\n"
                        + ",NEL,2019-04,actual,2135,,,,,\"" + DROP_USERS + "\",\r\n");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode correction = tables.eventAt(JSON.readTree(imported.body()).get("position").asLong());
        JsonNode recorded = tables.eventAt(JSON.readTree(imported.body()).get("position").asLong() - 1);
        assertThat(recorded.get("provenance").get("source").asString()).isEqualTo(DROP_EVENTS);
        assertThat(correction.get("provenance").get("reason").asString()).isEqualTo(DROP_USERS);
    }

    @Test
    void sqlWhereACodeIsExpectedIsRefusedByTheCodesRule() {
        LedgerTables.Counts before = tables.counts();
        String quoted = pathSegment("E09000006' or '1'='1");
        String withStatement = pathSegment("E09000006'; delete from access.app_user; --");

        assertProblem(operator.json("POST", "/api/boards", "{\"code\":\"" + DROP_EVENTS + "\",\"name\":\"Nowhere\"}"), 400, "code");
        assertProblem(operator.json("POST", "/api/boards/" + quoted + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":1}"), 404, "board");
        assertProblem(operator.json("POST", "/api/boards/" + withStatement + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":1}"), 400, null);
        assertProblem(analyst.json("POST", BOARD + "/actuals", "{\"metric\":\"" + ALWAYS_TRUE + "\",\"period\":\"2019-04\",\"value\":1}"), 400, "metric");
        assertProblem(operator.json("POST", "/api/admin/users",
                "{\"username\":\"" + DROP_USERS + "\",\"password\":\"long-enough-password\",\"roles\":[\"VIEWER\"],\"boards\":[]}"), 400, "username");
        assertProblem(operator.json("PUT", "/api/admin/users/" + BROMLEY_ANALYST.name() + "/boards", "{\"boards\":[\"" + ALWAYS_TRUE + "\"]}"), 400, "boards");
        assertThat(tables.counts()).isEqualTo(before);
    }

    private static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode storedBy(HttpResponse<String> write) {
        assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
        JsonNode stored = tables.eventAt(JSON.readTree(write.body()).get("position").asLong());
        assertThat(tables.counts().events()).as("the event table is still there and counting").isPositive();
        return stored;
    }
}
