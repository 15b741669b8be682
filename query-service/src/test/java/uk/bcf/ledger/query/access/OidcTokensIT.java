package uk.bcf.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.query.access.TwoBoards.BARNET;
import static uk.bcf.ledger.query.access.TwoBoards.BROMLEY;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.QueryServiceApplication;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.query.projection.ProjectionDriver;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.testsupport.TestDatabase;
import uk.bcf.ledger.testsupport.TestUser;
import uk.bcf.ledger.testsupport.TokenIssuer;

/**
 * The query service in OpenID Connect mode, with a database of its own and no administrator: callers present
 * bearer tokens signed by the identity provider, whose claims name the user, the roles and the boards.
 */
@SpringBootTest(
        classes = QueryServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=" + QueryServiceApplication.CONFIG_NAME,
            "bcf.security.mode=oidc",
            "bcf.security.oidc.issuer=" + TokenIssuer.ISSUER,
            "bcf.security.oidc.audience=" + TokenIssuer.AUDIENCE,
            "bcf.security.admin.user=",
            "bcf.security.admin.password="
        })
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcTokensIT {

    private static final TestDatabase DATABASE = QueryServiceTestDatabase.withEventStore(TestDatabase.create());
    private static final TokenIssuer PROVIDER = new TokenIssuer();
    private static final Path PUBLIC_KEY = PROVIDER.publicKeyFile();
    private static final String BROMLEY_VIEW = "/api/boards/" + BROMLEY + "/performance/2019-20";
    private static final String BARNET_VIEW = "/api/boards/" + BARNET + "/performance/2019-20";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    LedgerUsers users;

    private QueryClient http;

    @DynamicPropertySource
    static void databaseAndProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> PUBLIC_KEY.toUri().toString());
    }

    @BeforeAll
    void boards() {
        http = new QueryClient(port);
        TwoBoards.deliver(new ProjectionDriver(context));
    }

    @Test
    void startsWithoutAnAdministratorAndCreatesNoUsers() {
        assertThat(users.all()).isEmpty();
    }

    @Test
    void aRequestWithoutATokenIsAskedForOne() {
        HttpResponse<String> response = http.anonymous(BROMLEY_VIEW, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(QueryClient.header(response, "WWW-Authenticate")).startsWith("Bearer");
        assertThat(QueryClient.header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(http.anonymous("/", "text/html").statusCode()).isEqualTo(401);
    }

    @Test
    void aViewersTokenReadsItsBoardAndNoOther() {
        String viewer = bearer(PROVIDER.token("oidc-viewer", List.of("VIEWER"), List.of(BROMLEY)));

        assertThat(http.get(BROMLEY_VIEW, viewer, null).statusCode()).isEqualTo(200);
        assertThat(http.get(BROMLEY_VIEW + "?asOf=" + TwoBoards.SIGN_OFF, viewer, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get(BARNET_VIEW, viewer, null).statusCode()).isEqualTo(403);
        assertThat(http.get(BARNET_VIEW + "?asOf=" + TwoBoards.SIGN_OFF, viewer, "text/csv")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/boards", viewer, "text/csv").body())
                .contains(BROMLEY)
                .doesNotContain(BARNET);
    }

    @Test
    void anAuditorsTokenReadsEveryBoard() {
        String auditor = bearer(PROVIDER.token("oidc-auditor", List.of("AUDITOR"), List.of("*")));

        assertThat(http.get(BROMLEY_VIEW, auditor, null).statusCode()).isEqualTo(200);
        assertThat(http.get(BARNET_VIEW, auditor, null).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/boards/" + BARNET + "/figures/NEL/2019-08/history", auditor, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTokenNamingRolesTheLedgerDoesNotKnowIsRefused() {
        String stranger = bearer(PROVIDER.token("oidc-stranger", List.of("SUPERUSER", "ROLE_ROOT"), List.of("*")));

        assertThat(http.get(BROMLEY_VIEW, stranger, null).statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", stranger, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aTokenMintedForAnotherApplicationIsRefused() {
        String elsewhere = bearer(
                PROVIDER.token("oidc-auditor", List.of("AUDITOR"), claims -> claims.audience("another-application")));
        String noAudience =
                bearer(PROVIDER.token("oidc-auditor", List.of("AUDITOR"), claims -> claims.audience(List.of())));

        assertThat(http.get(BROMLEY_VIEW, elsewhere, null).statusCode()).isEqualTo(401);
        assertThat(http.get(BROMLEY_VIEW, noAudience, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerOrWithoutExpiryIsRefused() {
        String otherIssuer = bearer(PROVIDER.token(
                "oidc-auditor", List.of("AUDITOR"), claims -> claims.issuer("https://elsewhere.example")));
        String endless =
                bearer(PROVIDER.token("oidc-auditor", List.of("AUDITOR"), claims -> claims.expirationTime(null)));

        assertThat(http.get(BROMLEY_VIEW, otherIssuer, null).statusCode()).isEqualTo(401);
        assertThat(http.get(BROMLEY_VIEW, endless, null).statusCode()).isEqualTo(401);
    }

    @Test
    void rolesGivenAsAStringOrInLowerCaseAreRefused() {
        String asString =
                bearer(PROVIDER.token("oidc-viewer", "VIEWER", claims -> claims.claim("bcf_boards", List.of(BROMLEY))));
        String lowerCase = bearer(PROVIDER.token(
                "oidc-viewer", List.of("viewer"), claims -> claims.claim("bcf_boards", List.of(BROMLEY))));

        assertThat(http.get(BROMLEY_VIEW, asString, null).statusCode()).isEqualTo(401);
        assertThat(http.get(BROMLEY_VIEW, lowerCase, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        String forged = bearer(new TokenIssuer().token("oidc-auditor", List.of("AUDITOR"), List.of("*")));

        assertThat(http.get(BROMLEY_VIEW, forged, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = bearer(PROVIDER.token(
                "oidc-viewer",
                List.of("VIEWER"),
                List.of(BROMLEY),
                Instant.now().minus(1, ChronoUnit.HOURS)));

        assertThat(http.get(BROMLEY_VIEW, expired, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String valid = PROVIDER.token("oidc-auditor", List.of("AUDITOR"), List.of("*"));
        String[] parts = valid.split("\\.");
        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";

        assertThat(http.get(BROMLEY_VIEW, bearer(unsigned), null).statusCode()).isEqualTo(401);
    }

    @Test
    void passwordsAreNotAcceptedInThisMode() {
        assertThat(http.get(BROMLEY_VIEW, TestUser.OPERATOR, null).statusCode()).isEqualTo(401);
        assertThat(http.anonymous("/login", "text/html").statusCode()).isEqualTo(401);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
