package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.axon.AxonUpdateCheck;
import uk.bcf.ledger.command.CommandServiceApplication;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.security.StoredUser;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;
import uk.bcf.ledger.testsupport.TokenIssuer;

/**
 * The command service in OpenID Connect mode, started on a database of its own without an administrator: callers
 * present bearer tokens signed by the identity provider, whose claims name the user, the roles and the boards, and
 * every event records the token's user as its author. Passwords, other keys' tokens and expired tokens get 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcCommandsIT {

    private static final String ACTUAL =
            "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":2000,\"source\":\"SUS\"}";
    private static final String ADMIN = "oidc-admin";
    private static final String ANALYST = "oidc-bromley-analyst";

    private final TokenIssuer provider = new TokenIssuer();
    private ConfigurableApplicationContext service;
    private List<StoredUser> usersAtStart;
    private CommandHttp anonymous;
    private LedgerTables tables;
    private HttpResponse<String> bromleyRegistration;

    @BeforeAll
    void startInOidcMode() {
        AxonUpdateCheck.disableUnlessConfigured();
        TestDatabase database = TestDatabase.create();
        Path publicKey = provider.publicKeyFile();
        service = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(
                        "--spring.config.name=" + CommandServiceApplication.CONFIG_NAME,
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--bcf.security.mode=oidc",
                        "--" + TokenIssuer.serviceProperties()[0],
                        "--" + TokenIssuer.serviceProperties()[1],
                        "--bcf.security.admin.user=",
                        "--bcf.security.admin.password=",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + publicKey.toUri());
        usersAtStart = service.getBean(LedgerUsers.class).all();
        anonymous = new CommandHttp(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")))
                .withAuthorization(null);
        tables = new LedgerTables(service.getBean(JdbcClient.class));
        CommandHttp admin = bearer(provider.token(ADMIN, List.of("ADMIN"), List.of()));
        bromleyRegistration = admin.json("POST", "/api/boards", "{\"code\":\"" + BROMLEY + "\",\"name\":\"Bromley\"}");
        assertThat(admin.json("POST", "/api/boards", "{\"code\":\"" + BARNET + "\",\"name\":\"Barnet\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void startsWithoutAnAdministratorAndCreatesNoUsers() {
        assertThat(usersAtStart).isEmpty();
    }

    @Test
    void aRequestWithoutATokenIsAskedForOne() {
        HttpResponse<String> response = anonymous.json("POST", "/api/boards/" + BROMLEY + "/actuals", ACTUAL);

        assertProblem(response, 401, null);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void anAdministratorsTokenRegistersABoardInTheTokensName() {
        assertThat(LedgerTables.author(tables.storedBy(bromleyRegistration))).isEqualTo(ADMIN);
    }

    @Test
    void anAnalystsTokenRecordsAnActualOfItsBoardInTheTokensName() {
        HttpResponse<String> actual = analyst().json("POST", "/api/boards/" + BROMLEY + "/actuals", ACTUAL);

        assertThat(LedgerTables.author(tables.storedBy(actual))).isEqualTo(ANALYST);
    }

    @Test
    void anAnalystsTokenWritesNothingToAnotherBoard() {
        tables.assertRefusedStoringNothing(
                () -> analyst().json("POST", "/api/boards/" + BARNET + "/actuals", ACTUAL), 403, null);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        String forged = new TokenIssuer().token(ANALYST, List.of("ANALYST"), List.of(BROMLEY));

        assertUnauthenticatedAndNothingStored(bearer(forged));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = provider.token(
                ANALYST, List.of("ANALYST"), List.of(BROMLEY), Instant.now().minus(1, ChronoUnit.HOURS));

        assertUnauthenticatedAndNothingStored(bearer(expired));
    }

    @Test
    void passwordsAreNotAcceptedInThisModeEvenAStoredUsersRightOne() {
        TestUser stored = TestUser.named("stored-analyst");
        service.getBean(LedgerUsers.class)
                .createIfAbsent(
                        new NewUser(
                                stored.name(),
                                stored.password(),
                                Set.of(Role.ANALYST),
                                BoardScope.of(List.of(BROMLEY))),
                        "test");

        assertUnauthenticatedAndNothingStored(anonymous.as(stored));
    }

    private void assertUnauthenticatedAndNothingStored(CommandHttp caller) {
        tables.assertRefusedStoringNothing(
                () -> caller.json("POST", "/api/boards/" + BROMLEY + "/actuals", ACTUAL), 401, null);
    }

    private CommandHttp analyst() {
        return bearer(provider.token(ANALYST, List.of("ANALYST"), List.of(BROMLEY)));
    }

    private CommandHttp bearer(String token) {
        return anonymous.withAuthorization("Bearer " + token);
    }
}
