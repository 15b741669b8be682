package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BARNET;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What protects the API from a page on another site that the signed-in user's browser is showing: a write the
 * browser marks as cross-site ({@code Sec-Fetch-Site}) or sends from a foreign {@code Origin} is refused (403)
 * even with valid credentials, and stores nothing; answers carry headers that forbid framing, sniffing and
 * foreign content.
 */
class BrowserDefencesIT extends AccessFixture {

    private static final String ACTUALS = "/api/boards/" + BARNET + "/actuals";

    static Stream<Arguments> crossSiteMarks() {
        return Stream.of(
                        new String[] {"Sec-Fetch-Site", "cross-site"},
                        new String[] {"Sec-Fetch-Site", "same-site"},
                        new String[] {"Origin", "https://evil.example"},
                        new String[] {"Origin", "null"},
                        new String[] {"Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"})
                .map(headers -> Arguments.of((Object) headers));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crossSiteMarks")
    void aCrossSiteWriteIsRefusedAndStoresNothing(String[] headers) {
        tables.assertRefusedStoringNothing(
                () -> barnetAnalyst.json(
                        "POST", ACTUALS, "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":1}", headers),
                403,
                "Origin");
        tables.assertRefusedStoringNothing(
                () -> barnetAnalyst.csv(
                        "/api/imports", ImportScopeIT.HEADER + BARNET + ",NEL,2019-05,actual,1,,,,,,\r\n", headers),
                403,
                "Origin");
        tables.assertRefusedStoringNothing(
                () -> operator.json(
                        "POST",
                        "/api/admin/users",
                        "{\"username\":\"csrf-victim\",\"password\":\"victim of forgery\",\"roles\":[\"ADMIN\"],\"boards\":[\"*\"]}",
                        headers),
                403,
                "Origin");
    }

    @Test
    void aWriteFromTheServicesOwnOriginOrNoBrowserIsAccepted() {
        HttpResponse<String> sameOrigin = barnetAnalyst.json(
                "POST",
                ACTUALS,
                "{\"metric\":\"NEL\",\"period\":\"2019-05\",\"value\":1500}",
                "Sec-Fetch-Site",
                "same-origin");
        HttpResponse<String> ownOrigin = barnetAnalyst.json(
                "POST",
                ACTUALS,
                "{\"metric\":\"NEL\",\"period\":\"2019-06\",\"value\":1510}",
                "Origin",
                "http://127.0.0.1:" + port);
        HttpResponse<String> typedIn = barnetAnalyst.json(
                "POST",
                ACTUALS,
                "{\"metric\":\"NEL\",\"period\":\"2019-08\",\"value\":1520}",
                "Sec-Fetch-Site",
                "none");

        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
        assertThat(ownOrigin.statusCode()).as(ownOrigin.body()).isEqualTo(201);
        assertThat(typedIn.statusCode()).as(typedIn.body()).isEqualTo(201);
    }

    @Test
    void answersForbidFramingSniffingAndForeignContent() {
        for (HttpResponse<String> answer : List.of(
                barnetAnalyst.json("POST", ACTUALS, "{}"),
                operator.withAuthorization(null).get("/actuator/health"))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        }
    }
}
