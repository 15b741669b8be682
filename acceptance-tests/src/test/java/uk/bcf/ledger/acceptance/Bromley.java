package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Bromley's published 2019-20 figures, posted once per run through the command service's HTTP API. */
final class Bromley {

    static final String CODE = "E09000006";
    static final String PERFORMANCE = "/api/boards/" + CODE + "/performance/2019-20";
    private static final String LAST_ROW = "E09000006,REABLEMENT_91,2019-20-Q1,98.6,73,74,";

    private static boolean loaded;

    private Bromley() {}

    /** Posts the demo requests into the shared services (once) and waits until the query side shows them. */
    static synchronized RunningServices loaded() {
        RunningServices services = RunningServices.get();
        if (!loaded) {
            loadInto(services);
            loaded = true;
        }
        awaitCsvContaining(services, LAST_ROW);
        return services;
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
