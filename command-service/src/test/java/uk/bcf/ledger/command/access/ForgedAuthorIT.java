package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY_ANALYST;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The author every event records is the signed-in user. A body naming an author of its own is refused (400,
 * naming the field); an author in the query string or a proxy's user header is ignored. A sign-off's
 * {@code signedOffBy} is a real field, who signed the report off at the board's meeting, and is kept beside the
 * author, not instead of it.
 */
@CommandServiceTest
class ForgedAuthorIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOARD = "/api/boards/" + BROMLEY;
    private static final String FORGED = TestUser.ADMIN.name();

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

    static Stream<Arguments> forgedAuthors() {
        return Stream.of(
                Arguments.of("POST", BOARD + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2020-02\",\"value\":1,\"recordedBy\":\"" + FORGED + "\"}", "recordedBy"),
                Arguments.of("POST", BOARD + "/plans", "{\"metric\":\"NEL\",\"period\":\"2019-20-Q2\",\"value\":1,\"author\":\"" + FORGED + "\"}", "author"),
                Arguments.of("PUT", BOARD + "/actuals/NEL/2019-04", "{\"value\":7,\"reason\":\"r\",\"provenance\":{\"recordedBy\":\"" + FORGED + "\"}}", "provenance"),
                Arguments.of("DELETE", BOARD + "/actuals/NEL/2019-04", "{\"reason\":\"r\",\"recordedBy\":\"" + FORGED + "\"}", "recordedBy"),
                Arguments.of("POST", BOARD + "/commentary", "{\"metric\":\"NEL\",\"period\":\"2019-20-Q4\",\"text\":\"t\",\"user\":\"" + FORGED + "\"}", "user"),
                Arguments.of("POST", BOARD + "/sign-offs", "{\"period\":\"2019-20-Q4\",\"meetingDate\":\"2020-05-21\",\"signedOffBy\":\"HWB\","
                        + "\"recordedBy\":\"" + FORGED + "\"}", "recordedBy"),
                Arguments.of("POST", BOARD + "/populations", "{\"year\":2020,\"ageBand\":\"65+\",\"count\":1,\"source\":\"ONS\",\"recordedBy\":\""
                        + FORGED + "\"}", "recordedBy"));
    }

    @ParameterizedTest(name = "{0} {1} with {3}")
    @MethodSource("forgedAuthors")
    void aBodyNamingItsOwnAuthorIsRefused(String method, String path, String body, String field) {
        LedgerTables.Counts before = tables.counts();

        assertProblem(analyst.json(method, path, body), 400, field);
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void aBoardRegistrationNamingItsOwnAuthorIsRefused() {
        LedgerTables.Counts before = tables.counts();

        assertProblem(operator.json("POST", "/api/boards", "{\"code\":\"E09000012\",\"name\":\"Hackney\",\"recordedBy\":\"system\"}"), 400, "recordedBy");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void anAuthorInTheQueryStringOrAProxyHeaderIsIgnored() {
        JsonNode event = storedBy(analyst.json("POST", BOARD + "/actuals?recordedBy=" + FORGED + "&author=" + FORGED,
                "{\"metric\":\"NEL\",\"period\":\"2020-02\",\"value\":1}", "X-Remote-User", FORGED, "X-Forwarded-User", FORGED));

        assertThat(event.get("provenance").get("recordedBy").asString()).isEqualTo(BROMLEY_ANALYST.name());
    }

    @Test
    void theSignatoryIsKeptAndTheAuthorIsTheSignedInUser() {
        JsonNode signOff = storedBy(analyst.json("POST", BOARD + "/sign-offs",
                "{\"period\":\"2019-20-Q4\",\"meetingDate\":\"2020-05-21\",\"signedOffBy\":\"" + FORGED + "\"}"));

        assertThat(signOff.get("signedOffBy").asString()).isEqualTo(FORGED);
        assertThat(signOff.get("provenance").get("recordedBy").asString()).isEqualTo(BROMLEY_ANALYST.name());
    }

    @Test
    void everyKindOfWriteRecordsTheSignedInUserAsItsAuthor() {
        assertAuthor(operator.json("POST", "/api/boards", "{\"code\":\"E09000013\",\"name\":\"Hammersmith and Fulham\"}"), TestUser.OPERATOR);
        assertAuthor(analyst.json("POST", BOARD + "/plans", "{\"metric\":\"NEL\",\"period\":\"2019-20-Q2\",\"value\":6500}"), BROMLEY_ANALYST);
        assertAuthor(analyst.json("PUT", BOARD + "/plans/NEL/2019-20-Q2", "{\"value\":6400,\"reason\":\"new trajectory\"}"), BROMLEY_ANALYST);
        assertAuthor(analyst.json("POST", BOARD + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2020-03\",\"value\":2000}"), BROMLEY_ANALYST);
        assertAuthor(analyst.json("PUT", BOARD + "/actuals/NEL/2020-03", "{\"value\":2001,\"reason\":\"late data\"}"), BROMLEY_ANALYST);
        assertAuthor(analyst.json("DELETE", BOARD + "/actuals/NEL/2020-03", "{\"reason\":\"disputed\"}"), BROMLEY_ANALYST);
        assertAuthor(analyst.json("POST", BOARD + "/commentary", "{\"metric\":\"NEL\",\"period\":\"2019-20-Q4\",\"text\":\"On plan.\"}"), BROMLEY_ANALYST);
        assertAuthor(operator.as(TestUser.ADMIN).json("POST", BOARD + "/populations",
                "{\"year\":2020,\"ageBand\":\"65+\",\"count\":58000,\"source\":\"ONS\"}"), TestUser.ADMIN);
        HttpResponse<String> imported = analyst.csv(BOARD + "/imports", ImportScopeIT.HEADER + ",NEL,2020-01,actual,1990,,,,SUS,,\r\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(tables.eventAt(JSON.readTree(imported.body()).get("position").asLong()).get("provenance").get("recordedBy").asString())
                .isEqualTo(BROMLEY_ANALYST.name());
    }

    private void assertAuthor(HttpResponse<String> write, TestUser author) {
        assertThat(storedBy(write).get("provenance").get("recordedBy").asString()).isEqualTo(author.name());
    }

    private JsonNode storedBy(HttpResponse<String> write) {
        assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
        return tables.eventAt(JSON.readTree(write.body()).get("position").asLong());
    }
}
