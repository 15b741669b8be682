package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Read models can be thrown away and rebuilt from the event store alone, giving the same view. */
class ReadModelRebuildIT {

    @Test
    void droppedReadModelsAreRebuiltToTheSameView() {
        RunningServices services = Bromley.loaded();
        String before = services.query.get(Bromley.PERFORMANCE, "text/csv").body();

        services.execute("delete from read_model.figure_version; delete from read_model.population_version; "
                + "delete from read_model.sign_off; delete from read_model.board; delete from read_model.board_change");
        assertThat(services.query.get(Bromley.PERFORMANCE, "text/csv").status()).isEqualTo(404);

        Http.Response rebuild = services.query.send("POST", "/api/admin/read-models/rebuild", null);
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.body()).contains("performance-projection");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(services.query
                                .get(Bromley.PERFORMANCE, "text/csv")
                                .body())
                        .isEqualTo(before));
    }
}
