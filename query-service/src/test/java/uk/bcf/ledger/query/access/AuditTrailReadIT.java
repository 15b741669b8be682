package uk.bcf.ledger.query.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The query service, the browser's one address, serves the access audit trail too: a rebuild of the read models is
 * recorded with who, when and from where, and administrators and auditors read it there; nobody else does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailReadIT extends QueryServiceTestDatabase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    LedgerUsers users;

    private QueryClient http;

    @BeforeAll
    void readers() {
        http = new QueryClient(port);
        Readers.create(users);
    }

    @Test
    void aRebuildIsRecordedAndAuditorsReadTheTrailHere() {
        Instant start = Instant.now().minusSeconds(1);

        assertThat(http.post("/api/admin/read-models/rebuild", TestUser.ADMIN).statusCode())
                .isEqualTo(202);

        HttpResponse<String> trail = http.get("/api/admin/audit?since=" + start, Readers.AUDITOR, "application/json");
        assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
        JsonNode rebuild = JSON.readTree(trail.body())
                .valueStream()
                .filter(entry -> entry.get("action").asString().equals("read-models-rebuilt"))
                .findFirst()
                .orElseThrow();
        assertThat(rebuild.get("actor").asString()).isEqualTo(TestUser.ADMIN.name());
        assertThat(rebuild.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(http.get("/api/admin/audit?since=" + start, Readers.AUDITOR, "text/csv")
                        .body())
                .startsWith("at,actor,action,subject,detail,client_address")
                .contains("read-models-rebuilt");
        assertThat(http.get("/api/admin/audit", Readers.BROMLEY_VIEWER, null).statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/admin/audit", Readers.MONITOR, null).statusCode())
                .isEqualTo(403);
    }
}
