package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A metric an administrator defines at run time is usable at once on the command service (a figure for it is
 * accepted) and on the query service (it is listed with its definition and its figures appear in the performance
 * view), without a rebuild; as of a moment before it was defined, the query service does not list it.
 */
class MetricCatalogueIT {

    private static final String BOARD = "E06000902";
    private static final String CODE = "CARERS_QOL";
    private static RunningServices services;
    private static Instant beforeDefinition;
    private static Http.Response defined;
    private static Http.Response actual;

    @BeforeAll
    static void defineAMetricAndRecordAnActual() {
        services = RunningServices.get();
        services.command.send("POST", "/api/boards", "{\"code\":\"" + BOARD + "\",\"name\":\"Catalogue\"}");
        beforeDefinition = Instant.now();
        defined = services.command.send(
                "POST",
                "/api/metrics",
                "{\"code\":\"" + CODE + "\",\"name\":\"Carer-reported quality of life\",\"unit\":\"carers\","
                        + "\"shape\":\"COUNT\",\"rollup\":\"SUM\",\"goodDirection\":\"HIGHER_IS_BETTER\","
                        + "\"actualPeriods\":[\"YEAR\"],\"planPeriods\":[\"YEAR\"],\"displayDecimals\":0,"
                        + "\"publicationLagMonths\":12,\"firstYear\":\"2016-17\",\"lastYear\":\"2016-17\","
                        + "\"defaultSource\":\"Survey of adult carers\","
                        + "\"definition\":\"Carers reporting a good quality of life\",\"reason\":\"local plan\"}");
        services.command.send(
                "POST",
                "/api/boards/" + BOARD + "/plans",
                "{\"metric\":\"" + CODE + "\",\"period\":\"2016-17\",\"value\":400}");
        actual = services.command.send(
                "POST",
                "/api/boards/" + BOARD + "/actuals",
                "{\"metric\":\"" + CODE + "\",\"period\":\"2016-17\",\"value\":412}");
    }

    @Test
    void theCommandServiceAcceptsAFigureOfTheNewMetricAtOnce() {
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat(actual.status()).as(actual.body()).isEqualTo(201);
    }

    @Test
    void theQueryServiceShowsTheNewMetricsFiguresInThePerformanceView() {
        String performance = "/api/boards/" + BOARD + "/performance/2016-17?awaitPosition="
                + actual.json().get("position").asLong();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                services.query.get(performance, "text/csv").body())
                        .contains(CODE)
                        .contains("412")
                        .contains("400"));
    }

    @Test
    void theQueryServiceListsTheMetricWithItsDefinitionButNotAsOfBefore() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(services.query
                                .get("/api/metrics?year=2016-17", "application/json")
                                .body())
                        .contains(
                                "\"code\":\"" + CODE + "\"",
                                "\"definition\":\"Carers reporting a good quality of life\""));

        assertThat(services.query
                        .get("/api/metrics?year=2016-17&asOf=" + beforeDefinition, "application/json")
                        .body())
                .doesNotContain(CODE)
                .contains("\"code\":\"NEL\"");
    }
}
