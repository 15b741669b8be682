package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input is answered with RFC 9457 problem+json naming the field and the reason, and stores nothing: the
 * number of events in the event store is the same before and after each refused request.
 */
class BadInputIT {

    private static final String BARNET = "/api/boards/E09000003";
    private static RunningServices services;

    @BeforeAll
    static void registerBarnetWithAWithdrawnActual() {
        services = RunningServices.get();
        accepted("POST", "/api/boards", "{\"code\":\"E09000003\",\"name\":\"Barnet\"}");
        accepted("POST", BARNET + "/actuals", "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":2500}");
        accepted("POST", BARNET + "/actuals", "{\"metric\":\"DTOC\",\"period\":\"2019-05\",\"value\":410}");
        accepted("DELETE", BARNET + "/actuals/DTOC/2019-05", "{\"reason\":\"disputed after validation\"}");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                refused(
                        "unknown board",
                        "POST",
                        "/api/boards/E09000999/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":1}",
                        404,
                        "board"),
                refused(
                        "unknown metric",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"NELX\",\"period\":\"2019-04\",\"value\":1}",
                        400,
                        "metric"),
                refused(
                        "malformed period",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-4\",\"value\":1}",
                        400,
                        "period"),
                refused(
                        "month 13",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-13\",\"value\":1}",
                        400,
                        "period"),
                refused(
                        "negative count",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":-3}",
                        400,
                        "value"),
                refused(
                        "numerator above denominator",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"REABLEMENT_91\",\"period\":\"2019-20-Q1\",\"numerator\":75,\"denominator\":74}",
                        400,
                        "numerator"),
                refused(
                        "month outside the metric's years",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2021-05\",\"value\":1}",
                        400,
                        "period"),
                refused(
                        "month not yet over",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"RES_ADM_65\",\"period\":\""
                                + YearMonth.now().plusMonths(1) + "\",\"value\":1}",
                        400,
                        "period"),
                refused(
                        "year beyond the calendar",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"RES_ADM_65\",\"period\":\"2099-05\",\"value\":1}",
                        400,
                        "period"),
                refused(
                        "correction without reason",
                        "PUT",
                        BARNET + "/actuals/NEL/2019-04",
                        "{\"value\":2510}",
                        400,
                        "reason"),
                refused(
                        "value for a withdrawn figure",
                        "PUT",
                        BARNET + "/actuals/DTOC/2019-05",
                        "{\"value\":400,\"reason\":\"revalidated\"}",
                        409,
                        "period"),
                refused(
                        "second record of a period",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-04\",\"value\":2501}",
                        409,
                        "period"),
                refused(
                        "text where a number belongs",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":\"many\"}",
                        400,
                        "value"),
                refused(
                        "unknown field",
                        "POST",
                        BARNET + "/actuals",
                        "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":1,\"recordedBy\":\"someone\"}",
                        400,
                        "recordedBy"),
                refused(
                        "duplicate board",
                        "POST",
                        "/api/boards",
                        "{\"code\":\"E09000003\",\"name\":\"Barnet again\"}",
                        409,
                        "code"),
                refused(
                        "population without source",
                        "POST",
                        BARNET + "/populations",
                        "{\"year\":2019,\"ageBand\":\"65+\",\"count\":50000}",
                        400,
                        "source"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndStoresNothing(
            String description, String method, String path, String body, int status, String field) {
        long eventsBefore = services.eventCount();

        Http.Response response = services.command.send(method, path, body);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("reason").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at uk.bcf");
        assertThat(services.eventCount()).isEqualTo(eventsBefore);
    }

    private static Arguments refused(
            String description, String method, String path, String body, int status, String field) {
        return Arguments.of(description, method, path, body, status, field);
    }

    private static void accepted(String method, String path, String body) {
        Http.Response response = services.command.send(method, path, body);
        assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(201);
    }
}
