package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY_ANALYST;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The author every event records is the signed-in user. A body naming an author of its own is refused (400,
 * naming the field); an author in the query string or a proxy's user header is ignored. A sign-off's
 * {@code signedOffBy} is a real field, who signed the report off at the board's meeting, and is kept beside the
 * author, not instead of it.
 */
class ForgedAuthorIT extends AccessFixture {

    private static final String BOARD = "/api/boards/" + BROMLEY;
    private static final String FORGED = TestUser.ADMIN.name();

    static Stream<Arguments> forgedAuthors() {
        return Stream.of(
                Arguments.of(
                        "POST",
                        BOARD + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2020-02\",\"value\":1,\"recordedBy\":\"" + FORGED + "\"}",
                        "recordedBy"),
                Arguments.of(
                        "POST",
                        BOARD + "/plans",
                        "{\"metric\":\"NEL\",\"period\":\"2019-20-Q2\",\"value\":1,\"author\":\"" + FORGED + "\"}",
                        "author"),
                Arguments.of(
                        "PUT",
                        BOARD + "/actuals/NEL/2019-04",
                        "{\"value\":7,\"reason\":\"r\",\"provenance\":{\"recordedBy\":\"" + FORGED + "\"}}",
                        "provenance"),
                Arguments.of(
                        "DELETE",
                        BOARD + "/actuals/NEL/2019-04",
                        "{\"reason\":\"r\",\"recordedBy\":\"" + FORGED + "\"}",
                        "recordedBy"),
                Arguments.of(
                        "POST",
                        BOARD + "/commentary",
                        "{\"metric\":\"NEL\",\"period\":\"2019-20-Q4\",\"text\":\"t\",\"user\":\"" + FORGED + "\"}",
                        "user"),
                Arguments.of(
                        "POST",
                        BOARD + "/sign-offs",
                        "{\"period\":\"2019-20-Q4\",\"meetingDate\":\"2020-05-21\",\"signedOffBy\":\"HWB\","
                                + "\"recordedBy\":\"" + FORGED + "\"}",
                        "recordedBy"),
                Arguments.of(
                        "POST",
                        BOARD + "/populations",
                        "{\"year\":2020,\"ageBand\":\"65+\",\"count\":1,\"source\":\"ONS\",\"recordedBy\":\"" + FORGED
                                + "\"}",
                        "recordedBy"));
    }

    @ParameterizedTest(name = "{0} {1} with {3}")
    @MethodSource("forgedAuthors")
    void aBodyNamingItsOwnAuthorIsRefused(String method, String path, String body, String field) {
        tables.assertRefusedStoringNothing(() -> bromleyAnalyst.json(method, path, body), 400, field);
    }

    @Test
    void aBoardRegistrationNamingItsOwnAuthorIsRefused() {
        tables.assertRefusedStoringNothing(
                () -> operator.json(
                        "POST",
                        "/api/boards",
                        "{\"code\":\"E09000012\",\"name\":\"Hackney\",\"recordedBy\":\"system\"}"),
                400,
                "recordedBy");
    }

    @Test
    void anAuthorInTheQueryStringOrAProxyHeaderIsIgnored() {
        JsonNode event = tables.storedBy(bromleyAnalyst.json(
                "POST",
                BOARD + "/actuals?recordedBy=" + FORGED + "&author=" + FORGED,
                "{\"metric\":\"NEL\",\"period\":\"2020-02\",\"value\":1}",
                "X-Remote-User",
                FORGED,
                "X-Forwarded-User",
                FORGED));

        assertThat(LedgerTables.author(event)).isEqualTo(BROMLEY_ANALYST.name());
    }

    @Test
    void theSignatoryIsKeptAndTheAuthorIsTheSignedInUser() {
        JsonNode signOff = tables.storedBy(bromleyAnalyst.json(
                "POST",
                BOARD + "/sign-offs",
                "{\"period\":\"2019-20-Q4\",\"meetingDate\":\"2020-05-21\",\"signedOffBy\":\"" + FORGED + "\"}"));

        assertThat(signOff.get("signedOffBy").asString()).isEqualTo(FORGED);
        assertThat(LedgerTables.author(signOff)).isEqualTo(BROMLEY_ANALYST.name());
    }

    @Test
    void everyKindOfWriteRecordsTheSignedInUserAsItsAuthor() {
        assertAuthor(
                operator.json("POST", "/api/boards", "{\"code\":\"E09000013\",\"name\":\"Hammersmith and Fulham\"}"),
                TestUser.OPERATOR);
        assertAuthor(
                bromleyAnalyst.json(
                        "POST", BOARD + "/plans", "{\"metric\":\"NEL\",\"period\":\"2019-20-Q2\",\"value\":6500}"),
                BROMLEY_ANALYST);
        assertAuthor(
                bromleyAnalyst.json(
                        "PUT", BOARD + "/plans/NEL/2019-20-Q2", "{\"value\":6400,\"reason\":\"new trajectory\"}"),
                BROMLEY_ANALYST);
        assertAuthor(
                bromleyAnalyst.json(
                        "POST", BOARD + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2020-03\",\"value\":2000}"),
                BROMLEY_ANALYST);
        assertAuthor(
                bromleyAnalyst.json("PUT", BOARD + "/actuals/NEL/2020-03", "{\"value\":2001,\"reason\":\"late data\"}"),
                BROMLEY_ANALYST);
        assertAuthor(
                bromleyAnalyst.json("DELETE", BOARD + "/actuals/NEL/2020-03", "{\"reason\":\"disputed\"}"),
                BROMLEY_ANALYST);
        assertAuthor(
                bromleyAnalyst.json(
                        "POST",
                        BOARD + "/commentary",
                        "{\"metric\":\"NEL\",\"period\":\"2019-20-Q4\",\"text\":\"On plan.\"}"),
                BROMLEY_ANALYST);
        assertAuthor(
                operator.as(TestUser.ADMIN)
                        .json(
                                "POST",
                                BOARD + "/populations",
                                "{\"year\":2020,\"ageBand\":\"65+\",\"count\":58000,\"source\":\"ONS\"}"),
                TestUser.ADMIN);
        HttpResponse<String> imported =
                bromleyAnalyst.csv(BOARD + "/imports", ImportScopeIT.HEADER + ",NEL,2020-01,actual,1990,,,,SUS,,\r\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(LedgerTables.author(tables.eventAt(LedgerTables.positionOf(imported))))
                .isEqualTo(BROMLEY_ANALYST.name());
    }

    private void assertAuthor(HttpResponse<String> write, TestUser author) {
        assertThat(LedgerTables.author(tables.storedBy(write))).isEqualTo(author.name());
    }
}
