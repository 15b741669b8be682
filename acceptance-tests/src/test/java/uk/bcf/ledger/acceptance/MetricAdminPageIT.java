package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Issue 12 item 3 and issue 14 item 2 through the pages: an administrator defines a metric with the form on
 * {@code /admin/metrics/new} and amends it, relayed to the command service as themselves; the command service's refusal of a field
 * (an unknown shape) is shown on the form against that field; anyone else gets the access-denied page.
 */
class MetricAdminPageIT {

    private static final String CODE = "PAGE_DEFINED_COUNT";
    private static final TestUser ANALYST = TestUser.named("metric-page-analyst");

    private static RunningServices services;

    @BeforeAll
    static void anAnalyst() {
        services = RunningServices.get();
        Http.Response created = services.command
                .as(TestUser.ADMIN)
                .send(
                        "POST",
                        "/api/admin/users",
                        "{\"username\":\"" + ANALYST.name() + "\",\"password\":\"" + ANALYST.password()
                                + "\",\"roles\":[\"ANALYST\"],\"boards\":[\"*\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void anAdministratorDefinesAMetricThroughThePageAndSeesItListed() {
        PageBrowser browser = signedIn(TestUser.ADMIN);
        assertThat(browser.open("/admin/metrics/new").body()).contains("Define a metric");

        HttpResponse<String> defined = browser.submit("/admin/metrics", definition(CODE, "COUNT"));

        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(302);
        assertThat(defined.headers().firstValue("Location").orElseThrow()).contains("/admin/metrics?changed=" + CODE);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                browser.open("/admin/metrics?year=2030-31").body())
                        .contains("Amend " + CODE)
                        .contains("Carers supported at home"));
        assertThat(browser.open("/admin/metrics/" + CODE).body())
                .contains("Amend " + CODE)
                .contains("value=\"Carers supported at home\"");

        Map<String, String> amendment = definition(CODE, "COUNT");
        amendment.remove("code");
        amendment.put("name", "Carers supported to stay at home");
        amendment.put("reason", "The board's wording");
        HttpResponse<String> amended = browser.submit("/admin/metrics/" + CODE, amendment);

        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                browser.open("/admin/metrics?year=2030-31").body())
                        .contains("Carers supported to stay at home"));
    }

    @Test
    void anUnknownShapeIsShownOnTheFormAgainstTheShapeField() {
        PageBrowser browser = signedIn(TestUser.ADMIN);
        browser.open("/admin/metrics/new");
        long events = services.eventCount();

        HttpResponse<String> refused = browser.submit("/admin/metrics", definition("PAGE_REFUSED", "HEXAGON"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("There is a problem")
                .contains("href=\"#shape\"")
                .contains("govuk-form-group--error")
                .contains("unknown shape &#39;HEXAGON&#39;")
                .contains("value=\"Carers supported at home\"");
        assertThat(services.eventCount()).isEqualTo(events);
    }

    @Test
    void someoneWhoIsNotAnAdministratorGetsTheAccessDeniedPage() {
        PageBrowser browser = signedIn(ANALYST);

        HttpResponse<String> page = browser.open("/admin/metrics");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("You do not have access to this");
    }

    private static Map<String, String> definition(String code, String shape) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", "Carers supported at home");
        form.put("unit", "carers");
        form.put("shape", shape);
        form.put("rollup", "SUM");
        form.put("goodDirection", "HIGHER_IS_BETTER");
        form.put("actualPeriods", "QUARTER, YEAR");
        form.put("planPeriods", "YEAR");
        form.put("dailyRatePlans", "false");
        form.put("displayDecimals", "0");
        form.put("publicationLagMonths", "3");
        form.put("firstYear", "2030-31");
        form.put("defaultSource", "Local carers' register");
        form.put("definition", "Carers supported to stay at home in the period");
        form.put("standardisation", "NONE");
        form.put("reason", "A local metric agreed by the board");
        return form;
    }

    private static PageBrowser signedIn(TestUser user) {
        return PageBrowser.signedIn(services, user);
    }
}
