package uk.bcf.ledger.query.catalogue;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import uk.bcf.ledger.query.OperatorHttp;
import uk.bcf.ledger.query.QueryServiceTestDatabase;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/**
 * {@code GET /api/metrics} lists a year's metrics with their full definitions, as defined now or at a moment; a
 * stored definition this build cannot read is skipped and reported, and the read still answers.
 */
class MetricsIT extends QueryServiceTestDatabase {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectedMetricDefinitions definitions;

    @Autowired
    MetricCatalogue catalogue;

    private MockMvc http;

    @BeforeEach
    void signIn() {
        http = OperatorHttp.of(context);
    }

    @Test
    void theMetricsOf2023To24AreListedWithTheirDefinitions() throws Exception {
        http.perform(get("/api/metrics").param("year", "2023-24"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code")
                        .value(contains(
                                "RES_ADM_65", "REABLEMENT_91", "AVOIDABLE_ADM", "DISCHARGE_USUAL_RES", "FALLS_65")))
                .andExpect(jsonPath("$[4].standardisation").value("DIRECT"))
                .andExpect(jsonPath("$[4].planPeriods").value(contains("YEAR")))
                .andExpect(jsonPath("$[4].firstYear").value("2023-24"));
    }

    @Test
    void aMetricDefinedLaterIsNotInTheCatalogueAsOfAnEarlierMoment() throws Exception {
        Instant definedAt = Instant.parse("2026-11-20T09:00:00Z");
        insert("LATER_METRIC", "COUNT", definedAt, "l1");
        definitions.forget();

        http.perform(get("/api/metrics").param("year", "2030-31"))
                .andExpect(jsonPath("$[*].code").value(hasItem("LATER_METRIC")));
        http.perform(get("/api/metrics").param("year", "2030-31").param("asOf", "2026-11-19T09:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(not(hasItem("LATER_METRIC"))));
    }

    @Test
    void aStoredDefinitionOfAnUnknownShapeIsSkippedAndReported() throws Exception {
        insert("FUTURE_MEDIAN", "MEDIAN", Instant.parse("2026-11-21T09:00:00Z"), "f1");
        definitions.forget();

        http.perform(get("/api/metrics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(not(hasItem("FUTURE_MEDIAN"))))
                .andExpect(jsonPath("$[*].code").value(hasItem("NEL")));
        Assertions.assertThat(definitions.unreadable())
                .anySatisfy(line -> Assertions.assertThat(line).contains("FUTURE_MEDIAN", "shape", "MEDIAN"));
        Assertions.assertThat(catalogue.find("FUTURE_MEDIAN")).isEmpty();
    }

    @Test
    void aYearThatIsNotAFinancialYearIsRefusedNamingIt() throws Exception {
        http.perform(get("/api/metrics").param("year", "2023"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    private void insert(String code, String shape, Instant at, String eventId) {
        jdbc.sql("""
                        insert into read_model.metric_definition_version (code, version, specification, retired,
                            recorded_by, event_id, system_from)
                        values (?, 1, ?, false, 'admin', ?, ?) on conflict do nothing""")
                .params(
                        code,
                        "{\"code\":\"" + code + "\",\"name\":\"Test\",\"unit\":\"people\",\"shape\":\"" + shape
                                + "\",\"rollup\":\"SUM\",\"goodDirection\":\"LOWER_IS_BETTER\","
                                + "\"actualPeriods\":[\"YEAR\"],\"planPeriods\":[\"YEAR\"],\"displayDecimals\":0,"
                                + "\"publicationLagMonths\":3,\"firstYear\":\"2030-31\",\"defaultSource\":\"Test\","
                                + "\"definition\":\"A test metric\",\"pausedYears\":" + List.of() + "}",
                        eventId,
                        java.sql.Timestamp.from(at))
                .update();
    }
}
