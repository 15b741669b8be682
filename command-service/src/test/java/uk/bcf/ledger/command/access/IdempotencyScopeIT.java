package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.security.BoardScope;
import uk.bcf.ledger.security.NewUser;
import uk.bcf.ledger.security.Role;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Idempotency keys belong to the user who sent them: another user's key neither answers nor blocks a request, so a
 * key can be neither probed (getting someone else's answer) nor squatted (making someone else's request fail).
 */
class IdempotencyScopeIT extends AccessFixture {

    private static final String ACTUALS = "/api/boards/" + BARNET + "/actuals";

    @Test
    void anotherUsersKeyNeitherAnswersNorBlocksARequest() {
        TestUser colleague = TestUser.named("barnet-colleague");
        users.createIfAbsent(
                new NewUser(
                        colleague.name(), colleague.password(), Set.of(Role.ANALYST), BoardScope.of(List.of(BARNET))),
                "test");
        String key = "shared-key-" + System.nanoTime();
        String first = "{\"metric\":\"NEL\",\"period\":\"2019-09\",\"value\":1700}";
        String other = "{\"metric\":\"NEL\",\"period\":\"2019-10\",\"value\":1710}";

        HttpResponse<String> mine = barnetAnalyst.json("POST", ACTUALS, first, "Idempotency-Key", key);
        HttpResponse<String> probed = operator.as(colleague).json("POST", ACTUALS, first, "Idempotency-Key", key);
        HttpResponse<String> squatted = operator.as(colleague).json("POST", ACTUALS, other, "Idempotency-Key", key);

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(201);
        assertProblem(probed, 409, "period");
        assertThat(squatted.statusCode())
                .as("another user's key does not block")
                .isEqualTo(201);
        assertThat(barnetAnalyst
                        .json("POST", ACTUALS, first, "Idempotency-Key", key)
                        .body())
                .isEqualTo(mine.body());
    }
}
