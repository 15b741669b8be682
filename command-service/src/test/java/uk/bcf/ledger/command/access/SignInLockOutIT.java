package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Repeated failed sign-ins lock a name out, the right password included, and the lock-out is audited. The per-name
 * throttle is set above the lock-out here so every guess is a counted failure, not a 429 waiting for a refill; only
 * this test's audit entries are counted (the database is shared with other test classes).
 */
@TestPropertySource(
        properties = {
            "bcf.security.sign-in.failures-per-user=50",
            "bcf.security.sign-in.lock-out-after=6",
            "bcf.security.sign-in.lock-out-period=15m",
            "bcf.security.sign-in.failures-per-address=100"
        })
@DirtiesContext
class SignInLockOutIT extends AccessFixture {

    @Test
    void repeatedFailuresLockTheNameOutAndTheLockOutIsAudited() {
        TestUser target = AccessUsers.BARNET_ANALYST;
        long auditedBefore = jdbc.sql("select coalesce(max(id), 0) from access.audit_entry")
                .query(Long.class)
                .single();
        CommandHttp guessing = operator.as(new TestUser(target.name(), "still guessing here"));

        for (int failure = 0; failure < 6; failure++) {
            assertProblem(guessing.get("/v3/api-docs"), 401, "Authorization");
        }

        HttpResponse<String> rightPassword = operator.as(target).get("/v3/api-docs");
        assertProblem(rightPassword, 429, "Authorization");
        assertThat(rightPassword.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isGreaterThan(60L));
        assertThat(jdbc.sql("select action from access.audit_entry where subject = ? and id > ? order by id")
                        .param(target.name())
                        .param(auditedBefore)
                        .query(String.class)
                        .list())
                .containsSubsequence("sign-in-failed", "user-locked-out")
                .filteredOn("sign-in-failed"::equals)
                .hasSize(6);
    }
}
