package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Password guessing is throttled (429 with {@code Retry-After}) per user name, whether or not the user exists, and
 * per client address. The service runs here with small numbers and a refill slow enough that no failure comes back
 * while a test runs, however slow the machine; both tests share the one client address, so the address test runs
 * last. The lock-out is {@link SignInLockOutIT}'s.
 */
@TestPropertySource(
        properties = {
            "bcf.security.sign-in.failures-per-user=3",
            "bcf.security.sign-in.per-user-refill=10m",
            "bcf.security.sign-in.lock-out-after=6",
            "bcf.security.sign-in.lock-out-period=15m",
            "bcf.security.sign-in.failures-per-address=30",
            "bcf.security.sign-in.per-address-refill=30m"
        })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInThrottleIT extends AccessFixture {

    @Test
    @Order(1)
    void guessesBeyondTheLimitAreRefusedWith429TheSameForAnUnknownUser() {
        TestUser known = AccessUsers.BROMLEY_VIEWER;
        CommandHttp guessingKnown = operator.as(new TestUser(known.name(), "guess number one"));
        CommandHttp guessingUnknown = operator.as(new TestUser("no-such-person", "guess number one"));

        for (int guess = 0; guess < 3; guess++) {
            assertProblem(guessingKnown.get("/v3/api-docs"), 401, "Authorization");
            assertProblem(guessingUnknown.get("/v3/api-docs"), 401, "Authorization");
        }
        HttpResponse<String> known429 = guessingKnown.get("/v3/api-docs");
        HttpResponse<String> unknown429 = guessingUnknown.get("/v3/api-docs");

        JsonNode problem = assertProblem(known429, 429, "Authorization");
        assertThat(problem.get("type").asString()).isEqualTo("urn:bcf-ledger:problem:too-many-requests");
        assertThat(known429.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 200L));
        assertThat(unknown429.statusCode()).isEqualTo(429);
        assertThat(withoutWait(unknown429.body()))
                .as("the same answer whether or not the user exists")
                .isEqualTo(withoutWait(known429.body()));
        assertThat(operator.as(known).get("/v3/api-docs").statusCode())
                .as("the right password must wait too")
                .isEqualTo(429);
    }

    @Test
    @Order(2)
    void guessesFromOneAddressAreLimitedWhateverTheNames() {
        int guesses = 0;
        HttpResponse<String> answer;
        do {
            answer = operator.as(new TestUser("sprayed-name-" + guesses, "a sprayed password"))
                    .get("/v3/api-docs");
            guesses++;
        } while (answer.statusCode() == 401 && guesses <= 30);

        assertProblem(answer, 429, "Authorization");
        assertProblem(
                operator.as(new TestUser("never-tried-name", "first try")).get("/v3/api-docs"), 429, "Authorization");
    }

    /** The body without its wait in seconds, which moves on between two answers on a slow machine. */
    private static String withoutWait(String body) {
        return body.replaceAll("\"retryAfterSeconds\":\\d+", "\"retryAfterSeconds\":_");
    }
}
