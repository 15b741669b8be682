package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 3's acceptance: Bromley's Q1-Q2 2019-20 figures are signed off on 21 November 2019; afterwards August NEL
 * is corrected (2193 → 2201, "SUS resubmission") and September is added (2231). What the board saw stays
 * reproducible, the change is traceable and listed as a restatement, and read models rebuild identically.
 */
class TimeTravelIT {

    private static final String BROMLEY = "/api/boards/E09000006";
    private static final String AS_OF_SIGN_OFF = "?asOf=sign-off:2019-20-Q2";
    private static final String Q2_AS_PRESENTED =
            "E09000006,NEL,2019-20-Q2,4585,,,2019-07;2019-08,false,6659,,,incomplete\r\n";

    private static RunningServices services;
    private static String presentedBeforeTheCorrection;
    private static Http.Response correction;
    private static String correctionKey;

    @BeforeAll
    static void signOffThenRestate() {
        services = RunningServices.startFresh();
        Http.Response signOff = Bromley.loadInto(services);
        assertThat(signOff.json().get("kind").asString())
                .as("the demo ends with the Q2 sign-off")
                .isEqualTo("sign-off");
        presentedBeforeTheCorrection =
                csv(BROMLEY + "/performance/2019-20" + AS_OF_SIGN_OFF + "&awaitPosition=" + position(signOff));

        Http.Response august = services.query.get(BROMLEY + "/figures/NEL/2019-08", "application/json");
        correctionKey = UUID.randomUUID().toString();
        correction = services.command.send(
                "PUT",
                BROMLEY + "/actuals/NEL/2019-08",
                "{\"value\":2201,\"reason\":\"SUS resubmission\"}",
                "If-Match",
                august.etag(),
                "Idempotency-Key",
                correctionKey);
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        Http.Response september = services.command.send(
                "POST",
                BROMLEY + "/actuals",
                "{\"metric\":\"NEL\",\"period\":\"2019-09\",\"value\":2231,\"source\":\"SUS\"}");
        assertThat(september.status()).as(september.body()).isEqualTo(201);
        csv(BROMLEY + "/performance/2019-20?awaitPosition=" + position(september));
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void theHistoryOfAugustShowsBothVersionsWithAuthorAndReason() {
        JsonNode versions = services.query
                .get(BROMLEY + "/figures/NEL/2019-08/history", "application/json")
                .json()
                .get("versions");

        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("value").decimalValue()).isEqualByComparingTo("2193");
        assertThat(versions.get(0).get("change").asString()).isEqualTo("recorded");
        assertThat(versions.get(1).get("value").decimalValue()).isEqualByComparingTo("2201");
        assertThat(versions.get(1).get("change").asString()).isEqualTo("corrected");
        assertThat(versions.get(1).get("reason").asString()).isEqualTo("SUS resubmission");
        assertThat(versions.get(1).get("restatement").asBoolean()).isTrue();
        assertThat(versions.get(1).get("recordedBy").asString()).isNotBlank();
        assertThat(versions.get(0).get("supersededAt").asString())
                .isEqualTo(versions.get(1).get("recordedAt").asString());
    }

    @Test
    void theSignOffViewStillShowsWhatTheBoardSaw() {
        String presentedNow = csv(BROMLEY + "/performance/2019-20" + AS_OF_SIGN_OFF);

        assertThat(presentedNow).contains(Q2_AS_PRESENTED).isEqualTo(presentedBeforeTheCorrection);
    }

    @Test
    void theCurrentViewHasACompleteSecondQuarterAgainstItsPlan() {
        assertThat(csv(BROMLEY + "/performance/2019-20"))
                .contains("E09000006,NEL,2019-20-Q2,6824,,,2019-07;2019-08;2019-09,true,6659,165,2.5,off_track\r\n");
    }

    @Test
    void theRestatementsSinceTheSignOffAreExactlyTheAugustChange() {
        JsonNode restatements = services.query
                .get(BROMLEY + "/restatements?since=sign-off:2019-20-Q2", "application/json")
                .json()
                .get("restatements");

        assertThat(restatements).hasSize(1);
        JsonNode august = restatements.get(0);
        assertThat(august.get("metric").asString()).isEqualTo("NEL");
        assertThat(august.get("period").asString()).isEqualTo("2019-08");
        assertThat(august.get("oldValue").decimalValue()).isEqualByComparingTo("2193");
        assertThat(august.get("newValue").decimalValue()).isEqualByComparingTo("2201");
        assertThat(august.get("reason").asString()).isEqualTo("SUS resubmission");
    }

    @Test
    void aCorrectionAgainstAStaleVersionIsAConflictAndStoresNothing() {
        long before = services.eventCount();

        Http.Response stale = services.command.send(
                "PUT",
                BROMLEY + "/actuals/NEL/2019-08",
                "{\"value\":2205,\"reason\":\"another resubmission\"}",
                "If-Match",
                "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(services.eventCount()).isEqualTo(before);
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheFirstAnswerAndStoresNothing() {
        long before = services.eventCount();

        Http.Response retry = services.command.send(
                "PUT",
                BROMLEY + "/actuals/NEL/2019-08",
                "{\"value\":2201,\"reason\":\"SUS resubmission\"}",
                "If-Match",
                "\"1\"",
                "Idempotency-Key",
                correctionKey);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(correction.body());
        assertThat(services.eventCount()).isEqualTo(before);
    }

    @Test
    void aReadCanWaitForTheWriteItFollows() {
        Http.Response write = services.command.send(
                "POST",
                BROMLEY + "/actuals",
                "{\"metric\":\"DTOC\",\"period\":\"2019-07\",\"value\":140,\"source\":\"NHS England DToC\"}");

        Http.Response read = services.query.get(
                BROMLEY + "/figures/DTOC/2019-07?awaitPosition=" + position(write), "application/json");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("value").decimalValue()).isEqualByComparingTo("140");
    }

    @Test
    void rebuildingTheReadModelsGivesIdenticalRows() {
        String before = services.readModelChecksum();
        services.execute("delete from read_model.figure_version; delete from read_model.population_version; "
                + "delete from read_model.sign_off; delete from read_model.board");
        assertThat(services.readModelChecksum()).isNotEqualTo(before);

        assertThat(services.query
                        .send("POST", "/api/admin/read-models/rebuild", null)
                        .status())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(services.readModelChecksum()).isEqualTo(before));
    }

    private static String csv(String path) {
        Http.Response response = services.query.get(path, "text/csv");
        assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static long position(Http.Response write) {
        return write.json().get("position").asLong();
    }
}
