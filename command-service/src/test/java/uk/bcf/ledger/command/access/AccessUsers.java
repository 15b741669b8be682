package uk.bcf.ledger.command.access;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The users and boards the access tests attack with and against: Barnet's analyst (the attacker of Bromley's
 * figures), Bromley's analyst and viewer, and a monitoring scraper. Created when absent, so every test class of the
 * run may ask for them; they are prepared once per test run, whose database every test context shares. Bromley has
 * an actual and a plan its attackers could try to change.
 */
final class AccessUsers {

    static final String BARNET = "E09000003";
    static final String BROMLEY = "E09000006";
    static final TestUser BARNET_ANALYST = TestUser.named("barnet-analyst");
    static final TestUser BROMLEY_ANALYST = TestUser.named("bromley-analyst");
    static final TestUser BROMLEY_VIEWER = TestUser.named("bromley-viewer");
    static final TestUser MONITOR = TestUser.named("metrics-scraper");

    private static boolean prepared;

    private AccessUsers() {}

    static synchronized void prepare(LedgerUsers users, CommandHttp operator) {
        if (prepared) {
            return;
        }
        create(users, BARNET_ANALYST, Set.of(Role.ANALYST), BARNET);
        create(users, BROMLEY_ANALYST, Set.of(Role.ANALYST), BROMLEY);
        create(users, BROMLEY_VIEWER, Set.of(Role.VIEWER), BROMLEY);
        create(users, MONITOR, Set.of(Role.MONITOR));
        CommandHttp bromley = operator.as(BROMLEY_ANALYST);
        created(operator.json("POST", "/api/boards", "{\"code\":\"" + BARNET + "\",\"name\":\"Barnet\"}"));
        created(operator.json("POST", "/api/boards", "{\"code\":\"" + BROMLEY + "\",\"name\":\"Bromley\"}"));
        created(bromley.json(
                "POST",
                "/api/boards/" + BROMLEY + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":2134,\"source\":\"SUS\"}"));
        created(bromley.json(
                "POST",
                "/api/boards/" + BROMLEY + "/plans",
                "{\"metric\":\"NEL\",\"period\":\"2019-20-Q1\",\"value\":6589}"));
        prepared = true;
    }

    private static void created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "preparing the access tests failed: " + response.statusCode() + " " + response.body());
        }
    }

    private static void create(LedgerUsers users, TestUser user, Set<Role> roles, String... boards) {
        users.createIfAbsent(new NewUser(user.name(), user.password(), roles, BoardScope.of(List.of(boards))), "test");
    }
}
