package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET_ANALYST;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A write without valid credentials is answered 401 with the Basic challenge, says nothing about whether the user
 * exists, and stores nothing.
 */
class SignInIT extends AccessFixture {

    private static final String ACTUAL = "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":1500}";
    private static final String ACTUALS = "/api/boards/" + BARNET + "/actuals";

    @Test
    void aWriteWithoutCredentialsIsChallengedAndStoresNothing() {
        LedgerTables.Counts before = tables.counts();

        HttpResponse<String> response = operator.withAuthorization(null).json("POST", ACTUALS, ACTUAL);

        assertProblem(response, 401, "Authorization");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        LedgerTables.Counts before = tables.counts();

        HttpResponse<String> wrongPassword = operator.as(new TestUser(BARNET_ANALYST.name(), "not-the-password"))
                .json("POST", ACTUALS, ACTUAL);
        HttpResponse<String> unknownUser = operator.as(new TestUser("nobody-at-all", "barnet-analyst-password"))
                .json("POST", ACTUALS, ACTUAL);

        assertProblem(wrongPassword, 401, "Authorization");
        assertProblem(unknownUser, 401, "Authorization");
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void malformedCredentialsAreUnauthenticated() {
        String noColon = "Basic " + Base64.getEncoder().encodeToString("barnet-analyst".getBytes());

        for (String malformed :
                new String[] {"Basic !!not-base64!!", noColon, "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."}) {
            tables.assertRefusedStoringNothing(
                    () -> operator.withAuthorization(malformed).json("POST", ACTUALS, ACTUAL), 401, "Authorization");
        }
    }

    @Test
    void aReadOfTheApiDocumentNeedsCredentialsToo() {
        assertProblem(operator.withAuthorization(null).get("/v3/api-docs"), 401, "Authorization");
    }
}
