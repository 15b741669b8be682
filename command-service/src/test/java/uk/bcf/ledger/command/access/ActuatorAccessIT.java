package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET_ANALYST;
import static uk.bcf.ledger.command.access.AccessUsers.MONITOR;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.security.LedgerUsers;
import uk.bcf.ledger.testsupport.TestUser;

/** Health is open to load balancers and shows no detail; every other actuator endpoint is for monitors and administrators. */
@CommandServiceTest
class ActuatorAccessIT {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final String[] ACCEPT_TEXT = {"Accept", "text/plain"};

    @LocalServerPort
    int port;
    @Autowired
    LedgerUsers users;

    private CommandHttp http;

    @BeforeEach
    void prepare() {
        http = new CommandHttp(port);
        AccessUsers.prepare(users, http);
    }

    @Test
    void healthIsOpenToAnonymousCallersAndShowsNoDetail() {
        HttpResponse<String> health = http.withAuthorization(null).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("db", "postgres", "components", "diskSpace");
        assertThat(http.withAuthorization(null).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsNeedAMonitorOrAnAdministrator() {
        assertProblem(http.withAuthorization(null).get(PROMETHEUS, ACCEPT_TEXT), 401, "Authorization");
        assertProblem(http.as(BARNET_ANALYST).get(PROMETHEUS, ACCEPT_TEXT), 403, null);
        HttpResponse<String> scraped = http.as(MONITOR).get(PROMETHEUS, ACCEPT_TEXT);

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(http.as(TestUser.ADMIN).get(PROMETHEUS, ACCEPT_TEXT).statusCode()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreClosedToAnonymousCallersAndAnalysts() {
        for (String endpoint : new String[] {"/actuator", "/actuator/info", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            assertProblem(http.withAuthorization(null).get(endpoint), 401, "Authorization");
            assertProblem(http.as(BARNET_ANALYST).get(endpoint), 403, null);
        }
    }
}
