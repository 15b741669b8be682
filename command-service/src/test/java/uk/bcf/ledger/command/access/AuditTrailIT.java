package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Administrator actions and failed sign-ins leave a trace: who, when, from where and what, newest first, readable by
 * administrators and auditors as JSON or CSV, and never by anybody else. The client address is the connection's: a
 * forwarded header the service was not configured to trust is ignored.
 */
class AuditTrailIT extends AccessFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUDIT = "/api/admin/audit?since=";

    @Test
    void creatingAUserWithEveryRoleAndChangingItIsRecordedWithWhoWhenWhereAndWhat() {
        Instant start = Instant.now().minusSeconds(1);
        CommandHttp admin = operator.as(TestUser.ADMIN);
        TestUser created = TestUser.named("all-powerful");

        admin.json(
                "POST",
                "/api/admin/users",
                "{\"username\":\"all-powerful\",\"password\":\"" + created.password()
                        + "\",\"roles\":[\"ADMIN\",\"ANALYST\",\"VIEWER\",\"AUDITOR\",\"MONITOR\"],\"boards\":[\"*\"]}",
                "X-Forwarded-For",
                "203.0.113.66");
        admin.json("PUT", "/api/admin/users/all-powerful/boards", "{\"boards\":[\"E09000006\"]}");
        admin.json("PUT", "/api/admin/users/all-powerful/enabled", "{\"enabled\":false}");

        List<JsonNode> trail = entriesAbout("all-powerful", admin.get(AUDIT + start));

        assertThat(trail)
                .extracting(entry -> entry.get("action").asString())
                .containsExactly("user-disabled", "user-boards-changed", "user-created");
        JsonNode creation = trail.get(2);
        assertThat(creation.get("actor").asString()).isEqualTo(TestUser.ADMIN.name());
        assertThat(creation.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(creation.get("detail").asString())
                .isEqualTo("roles [ADMIN,ANALYST,AUDITOR,MONITOR,VIEWER], boards [*]");
        assertThat(Instant.parse(creation.get("at").asString())).isAfter(start);
        assertThat(trail.get(1).get("detail").asString()).isEqualTo("boards [*] -> [E09000006]");
        assertThat(admin.get(AUDIT + start).body()).doesNotContain(created.password());
    }

    @Test
    void aFailedSignInIsRecordedUnderTheNameTried() {
        Instant start = Instant.now().minusSeconds(1);

        assertProblem(
                operator.as(new TestUser("nobody-of-that-name", "a guess at a password"))
                        .get("/v3/api-docs"),
                401,
                "Authorization");

        List<JsonNode> trail = entriesAbout("nobody-of-that-name", operator.get(AUDIT + start));
        assertThat(trail).extracting(entry -> entry.get("action").asString()).containsExactly("sign-in-failed");
        assertThat(trail.get(0).get("clientAddress").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void securityEventsAreAlsoLoggedAsEcsJsonWithTheirCategory(CapturedOutput output) {
        assertProblem(
                operator.as(new TestUser("logged-guesser", "a guess at a password"))
                        .get("/v3/api-docs"),
                401,
                "Authorization");

        String line = output.getOut()
                .lines()
                .filter(candidate -> candidate.contains("logged-guesser"))
                .findFirst()
                .orElseThrow();
        JsonNode logged = JSON.readTree(line);
        assertThat(logged.at("/event/category").asString()).isEqualTo("authentication");
        assertThat(logged.at("/event/action").asString()).isEqualTo("sign-in-failed");
        assertThat(logged.at("/event/outcome").asString()).isEqualTo("failure");
        assertThat(logged.at("/source/address").asString()).isEqualTo("127.0.0.1");
        assertThat(line).doesNotContain("a guess at a password");
    }

    @Test
    void theTrailIsAlsoCsvAndReadableByAuditorsOnly() {
        Instant start = Instant.now().minusSeconds(1);
        CommandHttp admin = operator.as(TestUser.ADMIN);
        admin.json(
                "PUT",
                "/api/admin/users/" + AccessUsers.BROMLEY_VIEWER.name() + "/boards",
                "{\"boards\":[\"E09000006\"]}");

        HttpResponse<String> csv = operator.get(AUDIT + start, "Accept", "text/csv");

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body())
                .startsWith("at,actor,action,subject,detail,client_address\r\n")
                .contains(",test-admin,user-boards-changed," + AccessUsers.BROMLEY_VIEWER.name() + ",");
        for (TestUser notAllowed :
                new TestUser[] {AccessUsers.BARNET_ANALYST, AccessUsers.BROMLEY_VIEWER, AccessUsers.MONITOR}) {
            assertProblem(operator.as(notAllowed).get(AUDIT + start), 403, null);
        }
    }

    @Test
    void aMomentOutOfRangeIsRefused() {
        assertProblem(operator.get(AUDIT + "+999999999-12-31T23:59:59Z"), 400, "since");
        assertProblem(operator.get(AUDIT + "yesterday"), 400, "since");
        assertProblem(operator.get("/api/admin/audit?limit=0"), 400, "limit");
    }

    private static List<JsonNode> entriesAbout(String subject, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body())
                .valueStream()
                .filter(entry -> subject.equals(entry.get("subject").asString()))
                .toList();
    }
}
