package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The services the browser tests use, of their own on a fresh database (the journeys change Bromley's figures, which
 * other acceptance tests must not see): Bromley's demo figures with the Q2 sign-off of 21 November 2019, and the
 * people of issue 14's journeys, each with the role and boards the README's demo users have.
 */
final class Workbench {

    /** Posts Bromley's figures, corrects them, imports files and signs off: an analyst of Bromley. */
    static final TestUser ANALYST = TestUser.named("bromley-analyst");

    /** Reads Bromley's position and takes the report to the board: a viewer of Bromley. */
    static final TestUser OFFICER = TestUser.named("bromley-officer");

    /** Traces how figures changed: an auditor of every board. */
    static final TestUser AUDITOR = TestUser.named("auditor");

    /** An analyst of Barnet only, who sees nothing of Bromley. */
    static final TestUser BARNET_ANALYST = TestUser.named("barnet-analyst");

    /** Manages users and boards: an administrator of every board. */
    static final TestUser ADMINISTRATOR = TestUser.named("administrator");

    private static Workbench instance;

    final RunningServices services;

    private Workbench() {
        services = RunningServices.startFresh();
        long signOff = Bromley.loadInto(services).json().get("position").asLong();
        Http admin = services.command.as(TestUser.ADMIN);
        create(admin, ANALYST, "ANALYST", Bromley.CODE);
        create(admin, OFFICER, "VIEWER", Bromley.CODE);
        create(admin, AUDITOR, "AUDITOR", "*");
        create(admin, BARNET_ANALYST, "ANALYST", "E09000003");
        create(admin, ADMINISTRATOR, "ADMIN", "*");
        Http.Response caughtUp = services.query.get(Bromley.PERFORMANCE + "?awaitPosition=" + signOff, "text/csv");
        assertThat(caughtUp.status()).as(caughtUp.body()).isEqualTo(200);
    }

    /** The browser tests' services, started on first use and kept for the rest of the run. */
    static synchronized Workbench get() {
        if (instance == null) {
            instance = new Workbench();
        }
        return instance;
    }

    /** A new browser pointed at the one address people use, the query service. */
    Browser browser() {
        return new Browser(services.query.base());
    }

    /** A new browser as {@link #browser()}, with JavaScript turned off. */
    Browser browserWithoutJavaScript() {
        return new Browser(services.query.base(), false);
    }

    private static void create(Http admin, TestUser user, String role, String... boards) {
        String body = "{\"username\":\"" + user.name() + "\",\"password\":\"" + user.password() + "\",\"roles\":[\""
                + role + "\"],\"boards\":["
                + Arrays.stream(boards).map(board -> "\"" + board + "\"").collect(Collectors.joining(",")) + "]}";
        Http.Response created = admin.send("POST", "/api/admin/users", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}
