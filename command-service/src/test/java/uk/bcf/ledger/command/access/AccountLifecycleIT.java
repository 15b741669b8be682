package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Accounts can be revoked: an administrator disables and enables users, resets passwords and changes roles, and a
 * user changes its own password; each change takes effect at the user's very next request, although a verified
 * password is otherwise remembered for a minute. A disabled user's authorship of past events stays intact.
 */
class AccountLifecycleIT extends AccessFixture {

    private static final String USERS = "/api/admin/users/";
    private static final String PREVIEW = "/imports?dryRun=true";
    private static final String FILE = ImportScopeIT.HEADER + ",NEL,2019-04,actual,1,,,,,,\r\n";
    private static final String ACTUAL = "{\"metric\":\"NEL\",\"period\":\"2020-01\",\"value\":1500}";

    private CommandHttp admin;

    @BeforeEach
    void signInAsTheAdministrator() {
        admin = operator.as(TestUser.ADMIN);
    }

    @Test
    void aDisabledUserIsRefusedAtItsVeryNextRequestAndItsEventsKeepItsName() {
        TestUser leaver = created("leaving-analyst", "ANALYST", BARNET);
        HttpResponse<String> written = operator.as(leaver).json("POST", "/api/boards/" + BARNET + "/actuals", ACTUAL);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);

        HttpResponse<String> disabled = admin.json("PUT", USERS + leaver.name() + "/enabled", "{\"enabled\":false}");

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(json(disabled).get("enabled").asBoolean()).isFalse();
        assertProblem(operator.as(leaver).csv("/api/boards/" + BARNET + PREVIEW, FILE), 401, "Authorization");
        assertThat(LedgerTables.author(tables.storedBy(written))).isEqualTo(leaver.name());
        assertThat(users.find(leaver.name())).isPresent();

        admin.json("PUT", USERS + leaver.name() + "/enabled", "{\"enabled\":true}");
        assertThat(operator.as(leaver)
                        .csv("/api/boards/" + BARNET + PREVIEW, FILE)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aResetPasswordEndsTheOldOneAtTheNextRequest() {
        TestUser forgetful = created("forgetful-viewer", "ANALYST", BROMLEY);
        assertThat(operator.as(forgetful).get("/v3/api-docs").statusCode()).isEqualTo(200);

        HttpResponse<String> reset =
                admin.json("PUT", USERS + forgetful.name() + "/password", "{\"password\":\"a fresh start at last\"}");

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(reset.body()).doesNotContain("fresh start");
        assertProblem(operator.as(forgetful).get("/v3/api-docs"), 401, "Authorization");
        assertThat(operator.as(new TestUser(forgetful.name(), "a fresh start at last"))
                        .get("/v3/api-docs")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWeakPasswordIsRefusedNamingTheRuleItBreaksAndChangesNothing() {
        TestUser user = created("careless-analyst", "ANALYST", BROMLEY);

        for (String[] weak : new String[][] {
            {"            ", "whitespace-only"},
            {"aaaaaaaaaaaa", "repeated-characters"},
            {"careless-analyst-1", "contains-username"},
            {"password1234", "common-password"},
            {"has\\u0000nul characters", "control-characters"}
        }) {
            JsonNode problem = tables.assertRefusedStoringNothing(
                    () -> admin.json("PUT", USERS + user.name() + "/password", "{\"password\":\"" + weak[0] + "\"}"),
                    400,
                    "password");
            assertThat(problem.get("rule").asString()).isEqualTo(weak[1]);
        }
        assertThat(operator.as(user).get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void changedRolesTakeEffectAtTheNextRequest() {
        TestUser user = created("demoted-analyst", "ANALYST", BROMLEY);
        assertThat(operator.as(user)
                        .csv("/api/boards/" + BROMLEY + PREVIEW, FILE)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> changed = admin.json("PUT", USERS + user.name() + "/roles", "{\"roles\":[\"VIEWER\"]}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("roles").toString()).isEqualTo("[\"VIEWER\"]");
        assertProblem(operator.as(user).csv("/api/boards/" + BROMLEY + PREVIEW, FILE), 403, null);
    }

    @Test
    void removedBoardsTakeEffectAtTheNextRequest() {
        TestUser user = created("moved-on-analyst", "ANALYST", BROMLEY);
        assertThat(operator.as(user)
                        .csv("/api/boards/" + BROMLEY + PREVIEW, FILE)
                        .statusCode())
                .isEqualTo(200);

        admin.json("PUT", USERS + user.name() + "/boards", "{\"boards\":[]}");

        assertProblem(operator.as(user).csv("/api/boards/" + BROMLEY + PREVIEW, FILE), 403, null);
    }

    @Test
    void aUserChangesItsOwnPasswordGivingTheCurrentOne() {
        TestUser user = created("careful-viewer", "VIEWER", BROMLEY);
        CommandHttp signedIn = operator.as(user);

        assertProblem(
                signedIn.json("PUT", "/api/me/password", change("not my password", "a new passphrase")),
                400,
                "currentPassword");
        JsonNode weak = assertProblem(
                signedIn.json("PUT", "/api/me/password", change(user.password(), "123456789012")), 400, "password");
        assertThat(weak.get("rule").asString()).isEqualTo("sequential-characters");

        HttpResponse<String> changed =
                signedIn.json("PUT", "/api/me/password", change(user.password(), "a new passphrase"));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertProblem(signedIn.get("/v3/api-docs"), 401, "Authorization");
        assertThat(operator.as(new TestUser(user.name(), "a new passphrase"))
                        .get("/v3/api-docs")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void changesToAnUnknownUserOrWithoutTheirFieldAreRefused() {
        tables.assertRefusedStoringNothing(
                () -> admin.json("PUT", USERS + "nobody-here/enabled", "{\"enabled\":false}"), 404, "username");
        tables.assertRefusedStoringNothing(
                () -> admin.json("PUT", USERS + "nobody-here/roles", "{\"roles\":[\"VIEWER\"]}"), 404, "username");
        tables.assertRefusedStoringNothing(
                () -> admin.json("PUT", USERS + "nobody-here/password", "{\"password\":\"a long passphrase here\"}"),
                404,
                "username");
        String someone = AccessUsers.BROMLEY_VIEWER.name();
        tables.assertRefusedStoringNothing(() -> admin.json("PUT", USERS + someone + "/enabled", "{}"), 400, "enabled");
        tables.assertRefusedStoringNothing(() -> admin.json("PUT", USERS + someone + "/roles", "{}"), 400, "roles");
        tables.assertRefusedStoringNothing(
                () -> admin.json("PUT", USERS + someone + "/roles", "{\"roles\":[]}"), 400, "roles");
        tables.assertRefusedStoringNothing(
                () -> admin.json("PUT", USERS + someone + "/roles", "{\"roles\":[\"root\"]}"), 400, "roles");
    }

    @Test
    void onlyAnAdministratorChangesUsersAndNoAdministratorDisablesItself() {
        String target = USERS + AccessUsers.BROMLEY_VIEWER.name();
        for (CommandHttp notAdmin : new CommandHttp[] {barnetAnalyst, operator.as(AccessUsers.BROMLEY_VIEWER)}) {
            assertForbiddenAndNothingStored(() -> notAdmin.json("PUT", target + "/enabled", "{\"enabled\":false}"));
            assertForbiddenAndNothingStored(() -> notAdmin.json("PUT", target + "/roles", "{\"roles\":[\"ADMIN\"]}"));
            assertForbiddenAndNothingStored(
                    () -> notAdmin.json("PUT", target + "/password", "{\"password\":\"taken over by me\"}"));
        }
        tables.assertRefusedStoringNothing(
                () -> admin.json("PUT", USERS + TestUser.ADMIN.name() + "/enabled", "{\"enabled\":false}"),
                400,
                "enabled");
    }

    @Test
    void aNameDifferingOnlyInCaseIsAlreadyTaken() {
        created("sec-admin", "VIEWER", BROMLEY);

        tables.assertRefusedStoringNothing(
                () -> admin.json(
                        "POST",
                        "/api/admin/users",
                        "{\"username\":\"Sec-Admin\",\"password\":\"another long passphrase\",\"roles\":[\"ADMIN\"],"
                                + "\"boards\":[\"*\"]}"),
                409,
                "username");
    }

    private TestUser created(String name, String role, String board) {
        TestUser user = TestUser.named(name);
        HttpResponse<String> created = admin.json(
                "POST",
                "/api/admin/users",
                "{\"username\":\"" + name + "\",\"password\":\"" + user.password() + "\",\"roles\":[\"" + role
                        + "\"],\"boards\":[\"" + board + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return user;
    }

    private static String change(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    }

    private static JsonNode json(HttpResponse<String> response) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }
}
