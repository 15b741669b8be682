package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET_ANALYST;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY_VIEWER;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * An analyst of one board writes nothing to another board, by any write: every attempt is 403 and stores nothing,
 * whether or not the figure it names exists. A viewer writes nothing at all, an analyst registers no board, and an
 * administrator, who manages boards and users, writes no figures.
 */
class BoardScopeIT extends AccessFixture {

    private static final String TO_BROMLEY = "/api/boards/" + BROMLEY;

    static Stream<Arguments> everyWriteToABoard() {
        return Stream.of(
                Arguments.of(
                        "POST",
                        "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":2000,\"source\":\"SUS\"}"),
                Arguments.of("POST", "/plans", "{\"metric\":\"NEL\",\"period\":\"2019-20-Q2\",\"value\":6600}"),
                Arguments.of("PUT", "/actuals/NEL/2019-04", "{\"value\":1,\"reason\":\"made up\"}"),
                Arguments.of("PUT", "/plans/NEL/2019-20-Q1", "{\"value\":1,\"reason\":\"made up\"}"),
                Arguments.of("DELETE", "/actuals/NEL/2019-04", "{\"reason\":\"made up\"}"),
                Arguments.of(
                        "POST",
                        "/commentary",
                        "{\"metric\":\"NEL\",\"period\":\"2019-20-Q1\",\"text\":\"Bromley is failing\"}"),
                Arguments.of(
                        "POST",
                        "/sign-offs",
                        "{\"period\":\"2019-20-Q1\",\"meetingDate\":\"2019-07-18\",\"signedOffBy\":\"Bromley HWB\"}"),
                Arguments.of(
                        "POST", "/populations", "{\"year\":2019,\"ageBand\":\"65+\",\"count\":1,\"source\":\"ONS\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyWriteToABoard")
    void anAnalystOfAnotherBoardIsForbiddenEveryWrite(String method, String path, String body) {
        assertForbiddenAndNothingStored(() -> barnetAnalyst.json(method, TO_BROMLEY + path, body));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyWriteToABoard")
    void aViewerOfTheBoardIsForbiddenEveryWrite(String method, String path, String body) {
        assertForbiddenAndNothingStored(() -> operator.as(BROMLEY_VIEWER).json(method, TO_BROMLEY + path, body));
    }

    @Test
    void anAnalystOfAnotherBoardLearnsNotEvenWhetherABoardExists() {
        HttpResponse<String> unknown = barnetAnalyst.json(
                "POST", "/api/boards/E09999999/actuals", "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":1}");

        assertProblem(unknown, 403, null);
    }

    @Test
    void anAdministratorWritesNoFiguresButMayRecordPopulations() {
        assertForbiddenAndNothingStored(() -> operator.as(TestUser.ADMIN)
                .json("POST", TO_BROMLEY + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2019-06\",\"value\":1}"));

        HttpResponse<String> population = operator.as(TestUser.ADMIN)
                .json(
                        "POST",
                        TO_BROMLEY + "/populations",
                        "{\"year\":2018,\"ageBand\":\"65+\",\"count\":56000,\"source\":\"ONS 2016-based SNPP\"}");

        assertThat(population.statusCode()).as(population.body()).isEqualTo(201);
    }

    @Test
    void anAnalystRegistersNoBoard() {
        assertForbiddenAndNothingStored(
                () -> barnetAnalyst.json("POST", "/api/boards", "{\"code\":\"E09000007\",\"name\":\"Camden\"}"));
    }

    @Test
    void nobodyButAnAdministratorReachesTheUserAdministration() {
        String user =
                "{\"username\":\"sleeper\",\"password\":\"asleep for a while\",\"roles\":[\"ADMIN\"],\"boards\":[\"*\"]}";
        for (TestUser notAdmin : new TestUser[] {BARNET_ANALYST, BROMLEY_VIEWER, AccessUsers.MONITOR}) {
            assertForbiddenAndNothingStored(() -> operator.as(notAdmin).get("/api/admin/users"));
            assertForbiddenAndNothingStored(() -> operator.as(notAdmin).json("POST", "/api/admin/users", user));
            assertForbiddenAndNothingStored(() -> operator.as(notAdmin)
                    .json("PUT", "/api/admin/users/" + notAdmin.name() + "/boards", "{\"boards\":[\"*\"]}"));
        }
        assertThat(users.find("sleeper")).isEmpty();
        assertThat(users.find(BARNET_ANALYST.name()).orElseThrow().scope().includes(BROMLEY))
                .isFalse();
    }

    @Test
    void theSameWriteToTheAnalystsOwnBoardIsStoredInTheAnalystsName() {
        HttpResponse<String> own = barnetAnalyst.json(
                "POST",
                "/api/boards/" + BARNET + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":1800,\"source\":\"SUS\"}");

        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(LedgerTables.author(tables.lastEventOf(BARNET + "/NEL/2019-20")))
                .isEqualTo(BARNET_ANALYST.name());
    }
}
