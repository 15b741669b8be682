package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET_ANALYST;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A write without valid credentials is answered 401 with the Basic challenge, says nothing about whether the user
 * exists, and stores nothing.
 */
@CommandServiceTest
class SignInIT {

    private static final String ACTUAL = "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":1500}";
    private static final String ACTUALS = "/api/boards/" + BARNET + "/actuals";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerUsers users;

    private CommandHttp http;
    private LedgerTables tables;

    @BeforeEach
    void prepare() {
        http = new CommandHttp(port);
        tables = new LedgerTables(jdbc);
        AccessUsers.prepare(users, http);
    }

    @Test
    void aWriteWithoutCredentialsIsChallengedAndStoresNothing() {
        LedgerTables.Counts before = tables.counts();

        HttpResponse<String> response = http.withAuthorization(null).json("POST", ACTUALS, ACTUAL);

        assertProblem(response, 401, "Authorization");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        LedgerTables.Counts before = tables.counts();

        HttpResponse<String> wrongPassword = http.as(new TestUser(BARNET_ANALYST.name(), "not-the-password")).json("POST", ACTUALS, ACTUAL);
        HttpResponse<String> unknownUser = http.as(new TestUser("nobody-at-all", "barnet-analyst-password")).json("POST", ACTUALS, ACTUAL);

        assertProblem(wrongPassword, 401, "Authorization");
        assertProblem(unknownUser, 401, "Authorization");
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void malformedCredentialsAreUnauthenticated() {
        LedgerTables.Counts before = tables.counts();
        String noColon = "Basic " + Base64.getEncoder().encodeToString("barnet-analyst".getBytes());

        assertProblem(http.withAuthorization("Basic !!not-base64!!").json("POST", ACTUALS, ACTUAL), 401, "Authorization");
        assertProblem(http.withAuthorization(noColon).json("POST", ACTUALS, ACTUAL), 401, "Authorization");
        assertProblem(http.withAuthorization("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.").json("POST", ACTUALS, ACTUAL), 401, "Authorization");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void aReadOfTheApiDocumentNeedsCredentialsToo() {
        assertProblem(http.withAuthorization(null).get("/v3/api-docs"), 401, "Authorization");
    }
}
