package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.MONITOR;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.testsupport.TestUser;

/** Health is open to load balancers and shows no detail; every other actuator endpoint is for monitors and administrators. */
class ActuatorAccessIT extends AccessFixture {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final String[] ACCEPT_TEXT = {"Accept", "text/plain"};

    @Test
    void healthIsOpenToAnonymousCallersAndShowsNoDetail() {
        HttpResponse<String> health = operator.withAuthorization(null).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("db", "postgres", "components", "diskSpace");
        assertThat(operator.withAuthorization(null)
                        .get("/actuator/health/liveness")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void metricsNeedAMonitorOrAnAdministrator() {
        assertProblem(operator.withAuthorization(null).get(PROMETHEUS, ACCEPT_TEXT), 401, "Authorization");
        assertProblem(barnetAnalyst.get(PROMETHEUS, ACCEPT_TEXT), 403, null);
        HttpResponse<String> scraped = operator.as(MONITOR).get(PROMETHEUS, ACCEPT_TEXT);

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(operator.as(TestUser.ADMIN).get(PROMETHEUS, ACCEPT_TEXT).statusCode())
                .isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreClosedToAnonymousCallersAndAnalysts() {
        for (String endpoint :
                new String[] {"/actuator", "/actuator/info", "/actuator/env", "/actuator/beans", "/actuator/heapdump"
                }) {
            assertProblem(operator.withAuthorization(null).get(endpoint), 401, "Authorization");
            assertProblem(barnetAnalyst.get(endpoint), 403, null);
        }
    }
}
