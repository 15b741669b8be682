package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Bromley's published 2019-20 figures, posted once per run through the command service's HTTP API. */
final class Bromley {

    static final String CODE = "E09000006";
    static final String PERFORMANCE = "/api/boards/" + CODE + "/performance/2019-20";
    private static final String LAST_ROW = "E09000006,REABLEMENT_91,2019-20-Q1,98.6,73,74,";

    /** The event position of the last demo request (the Q2 sign-off) in the shared services; 0 until posted. */
    private static long signOffPosition;

    private Bromley() {}

    /**
     * Posts the demo requests into the shared services (once) and waits until every projection of the query side
     * has processed all of them, the Q2 sign-off included, so a test that reads "as at the sign-off" passes alone.
     */
    static synchronized RunningServices loaded() {
        RunningServices services = RunningServices.get();
        if (signOffPosition == 0) {
            signOffPosition = loadInto(services).json().get("position").asLong();
        }
        awaitProjected(services, signOffPosition);
        awaitCsvContaining(services, LAST_ROW);
        return services;
    }

    /**
     * Waits until the query side has processed a position: its read-your-writes answers once it has, or refuses
     * (503) after its own timeout, when the read is asked again, for at most a minute.
     */
    static void awaitProjected(RunningServices services, long position) {
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> services.query
                                .get(PERFORMANCE + "?awaitPosition=" + position, "text/csv")
                                .status(),
                        status -> status == 200);
    }

    /** Posts the demo requests, checking each was accepted; answers the last response (the Q2 sign-off). */
    static Http.Response loadInto(RunningServices services) {
        Http.Response response = null;
        for (DemoRequests.Request request : DemoRequests.read("bromley-2019-20.requests")) {
            response = services.command.send(request.method(), request.path(), request.body());
            assertThat(response.status()).as(request + " -> " + response.body()).isEqualTo(201);
        }
        return response;
    }

    static String awaitCsvContaining(RunningServices services, String fragment) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> services.query.get(PERFORMANCE, "text/csv").body(), csv -> csv.contains(fragment));
    }
}
