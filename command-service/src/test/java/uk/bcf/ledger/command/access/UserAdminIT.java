package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * An administrator creates users who can sign in at once, changes their boards and lists them, never with their
 * password hashes; an unacceptable user is refused naming the field, and nothing is stored. Each test signs in as
 * users it has just created, so no sign-in remembered from another test is involved.
 */
class UserAdminIT extends AccessFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USERS = "/api/admin/users";
    private static final String PREVIEW = "/imports?dryRun=true";
    private static final String FILE = ImportScopeIT.HEADER + ",NEL,2019-04,actual,1,,,,,,\r\n";

    private CommandHttp admin;

    @BeforeEach
    void signInAsTheAdministrator() {
        admin = operator.as(TestUser.ADMIN);
    }

    @Test
    void aCreatedUserSignsInAtOnceWithTheRolesAndBoardsGiven() {
        LedgerTables.Counts before = tables.counts();
        TestUser created = new TestUser("new-bromley-analyst", "a long enough passphrase");

        HttpResponse<String> response =
                admin.json("POST", USERS, user(created, "[\"ANALYST\"]", "[\"" + BROMLEY + "\"]"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue(USERS + "/" + created.name());
        JsonNode view = JSON.readTree(response.body());
        assertThat(view.get("username").asString()).isEqualTo(created.name());
        assertThat(view.get("roles").toString()).isEqualTo("[\"ANALYST\"]");
        assertThat(view.get("boards").toString()).isEqualTo("[\"" + BROMLEY + "\"]");
        assertThat(response.body()).doesNotContain("password", "$2a$");
        assertThat(tables.counts())
                .isEqualTo(new LedgerTables.Counts(
                        before.events(),
                        before.users() + 1,
                        before.roles() + 1,
                        before.boards() + 1,
                        before.idempotentRequests()));
        assertThat(admin.as(created)
                        .csv("/api/boards/" + BROMLEY + PREVIEW, FILE)
                        .statusCode())
                .isEqualTo(200);
        assertProblem(admin.as(created).csv("/api/boards/" + BARNET + PREVIEW, FILE), 403, null);
        assertProblem(
                admin.as(new TestUser(created.name(), "a-wrong-password!"))
                        .csv("/api/boards/" + BROMLEY + PREVIEW, FILE),
                401,
                "Authorization");
    }

    @Test
    void aSecondUserOfTheSameNameIsAConflictAndLeavesTheFirstAsItWas() {
        TestUser first = new TestUser("only-once", "the first passphrase");
        assertThat(admin.json("POST", USERS, user(first, "[\"VIEWER\"]", "[\"" + BROMLEY + "\"]"))
                        .statusCode())
                .isEqualTo(201);

        tables.assertRefusedStoringNothing(
                () -> admin.json(
                        "POST",
                        USERS,
                        user(new TestUser(first.name(), "a second passphrase"), "[\"ADMIN\"]", "[\"*\"]")),
                409,
                "username");

        assertThat(users.find(first.name()).orElseThrow().roles())
                .extracting(Enum::name)
                .containsExactly("VIEWER");
        assertProblem(
                admin.as(new TestUser(first.name(), "a second passphrase")).get("/v3/api-docs"), 401, "Authorization");
        assertThat(admin.as(first).get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"username\":\"weak\",\"password\":\"short\",\"roles\":[\"VIEWER\"],\"boards\":[]}|password",
                "{\"username\":\"long\",\"password\":\"" + "0123456789" + "0123456789" + "0123456789" + "0123456789"
                        + "0123456789" + "0123456789" + "0123456789" + "0123456789"
                        + "x\",\"roles\":[\"VIEWER\"],\"boards\":[]}|password",
                "{\"username\":\"rooted\",\"password\":\"long enough passphrase\",\"roles\":[\"ROOT\"],\"boards\":[]}|roles",
                "{\"username\":\"roleless\",\"password\":\"long enough passphrase\",\"roles\":[],\"boards\":[]}|roles",
                "{\"username\":\"badboard\",\"password\":\"long enough passphrase\",\"roles\":[\"VIEWER\"],\"boards\":[\"Bromley\"]}|boards",
                "{\"username\":\"has space\",\"password\":\"long enough passphrase\",\"roles\":[\"VIEWER\"],\"boards\":[]}|username",
                "{\"password\":\"long enough passphrase\",\"roles\":[\"VIEWER\"],\"boards\":[]}|username",
                "{\"username\":\"hashed\",\"password\":\"long enough passphrase\",\"passwordHash\":\"$2a$10$x\",\"roles\":[\"VIEWER\"]}|passwordHash",
                "{\"username\":\"off\",\"password\":\"long enough passphrase\",\"roles\":[\"VIEWER\"],\"enabled\":false}|enabled",
                "{\"username\":\"wrongtype\",\"password\":\"long enough passphrase\",\"roles\":\"ADMIN\"}|roles"
            })
    void anUnacceptableUserIsRefusedNamingTheFieldAndNothingIsStored(String body, String field) {
        tables.assertRefusedStoringNothing(() -> admin.json("POST", USERS, body), 400, field);
    }

    @Test
    void changingAUsersBoardsChangesWhatTheUserMayWrite() {
        TestUser moved = TestUser.named("moving-analyst");
        assertThat(admin.json("POST", USERS, user(moved, "[\"ANALYST\"]", "[\"" + BARNET + "\"]"))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> changed =
                admin.json("PUT", USERS + "/" + moved.name() + "/boards", "{\"boards\":[\"" + BROMLEY + "\"]}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("boards").toString()).isEqualTo("[\"" + BROMLEY + "\"]");
        assertThat(admin.as(moved).csv("/api/boards/" + BROMLEY + PREVIEW, FILE).statusCode())
                .isEqualTo(200);
        assertProblem(admin.as(moved).csv("/api/boards/" + BARNET + PREVIEW, FILE), 403, null);
    }

    @Test
    void boardsOfAnUnknownUserOrWithoutAListAreRefused() {
        String barnetAnalystsBoards = USERS + "/" + AccessUsers.BARNET_ANALYST.name() + "/boards";

        tables.assertRefusedStoringNothing(
                () -> admin.json("PUT", USERS + "/nobody-here/boards", "{\"boards\":[\"*\"]}"), 404, "username");
        tables.assertRefusedStoringNothing(() -> admin.json("PUT", barnetAnalystsBoards, "{}"), 400, "boards");
        tables.assertRefusedStoringNothing(
                () -> admin.json("PUT", barnetAnalystsBoards, "{\"boards\":[\"E0900000\"]}"), 400, "boards");
    }

    @Test
    void theListOfUsersShowsRolesAndBoardsButNoPasswordHash() {
        HttpResponse<String> list = admin.get(USERS);

        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode listed = JSON.readTree(list.body());
        assertThat(listed.valueStream().map(user -> user.get("username").asString()))
                .contains(TestUser.ADMIN.name(), TestUser.OPERATOR.name(), AccessUsers.BARNET_ANALYST.name());
        assertThat(listed.valueStream()
                        .filter(user -> user.get("username").asString().equals(TestUser.OPERATOR.name()))
                        .findFirst()
                        .orElseThrow()
                        .get("boards")
                        .toString())
                .isEqualTo("[\"*\"]");
        assertThat(list.body()).doesNotContain("$2a$", "$2b$", "$2y$", "password", "hash");
    }

    private static String user(TestUser user, String roles, String boards) {
        return "{\"username\":\"" + user.name() + "\",\"password\":\"" + user.password() + "\",\"roles\":" + roles
                + ",\"boards\":" + boards + "}";
    }
}
