package uk.bcf.ledger.command.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * The catalogue on the running command service: the seed is in the ledger after the start and loading it again
 * stores nothing; an administrator's metric takes figures at once; refusals name the field and store nothing; a
 * stored definition this build cannot read is skipped and reported, not fatal.
 */
@CommandServiceTest
class MetricCatalogueIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOARD = "E06000901";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MetricSeeder seeder;

    @Autowired
    MetricCatalogue catalogue;

    @Autowired
    StoredMetricDefinitions definitions;

    private CommandHttp operator;

    @BeforeEach
    void signIn() {
        operator = new CommandHttp(port);
        HttpResponse<String> board =
                operator.json("POST", "/api/boards", "{\"code\":\"" + BOARD + "\",\"name\":\"Catalogue board\"}");
        assertThat(board.statusCode()).as(board.body()).isIn(201, 409);
    }

    @Test
    void theSeedIsInTheLedgerOnceHoweverOftenItIsLoaded() {
        long seeded = MetricCatalogue.seed().size();
        assertThat(seededVersions()).isEqualTo(seeded);

        seeder.run(new DefaultApplicationArguments());

        assertThat(seededVersions()).isEqualTo(seeded);
        assertThat(catalogue.find("FALLS_65"))
                .map(MetricDefinition::isStandardised)
                .hasValue(true);
    }

    @Test
    void aMetricDefinedAtRunTimeTakesFiguresAtOnce() {
        HttpResponse<String> defined = operator.json("POST", "/api/metrics", carers("CARERS_QOL_A", "COUNT"));
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        assertThat(defined.headers().firstValue("Location")).hasValue("/api/metrics/CARERS_QOL_A");

        HttpResponse<String> actual = operator.json(
                "POST",
                "/api/boards/" + BOARD + "/actuals",
                "{\"metric\":\"CARERS_QOL_A\",\"period\":\"2015-16\",\"value\":412}");

        assertThat(actual.statusCode()).as(actual.body()).isEqualTo(201);
        assertThat(audited("CARERS_QOL_A")).isEqualTo(1);
    }

    @Test
    void anUnknownValueShapeIsRefusedNamingTheShapeAndStoresNothing() {
        long before = events();

        HttpResponse<String> refused = operator.json("POST", "/api/metrics", carers("CARERS_QOL_B", "MEDIAN"));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("field").asString()).isEqualTo("shape");
        assertThat(problem.get("reason").asString()).contains("MEDIAN", "COUNT", "MEAN");
        assertThat(events()).isEqualTo(before);
        assertThat(audited("CARERS_QOL_B")).isZero();
    }

    @Test
    void anAmendmentNeedsAReasonAndIsAudited() {
        operator.json("POST", "/api/metrics", carers("CARERS_QOL_C", "COUNT"));

        HttpResponse<String> withoutReason = operator.json(
                "PUT",
                "/api/metrics/CARERS_QOL_C",
                carers("CARERS_QOL_C", "PERCENTAGE").replace(",\"reason\":\"local metric\"", ""));
        HttpResponse<String> amended = operator.json(
                "PUT",
                "/api/metrics/CARERS_QOL_C",
                carers("CARERS_QOL_C", "PERCENTAGE").replace("local metric", "published as a share"));

        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(withoutReason.body()).get("field").asString()).isEqualTo("reason");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(JSON.readTree(amended.body()).get("version").asInt()).isEqualTo(2);
        assertThat(catalogue.find("CARERS_QOL_C").orElseThrow().shape().name()).isEqualTo("PERCENTAGE");
        assertThat(audited("CARERS_QOL_C")).isEqualTo(2);
    }

    @Test
    void aSecondDefinitionOfACodeIsAConflictAndAnUnknownCodeCannotBeAmended() {
        operator.json("POST", "/api/metrics", carers("CARERS_QOL_D", "COUNT"));

        assertThat(operator.json("POST", "/api/metrics", carers("CARERS_QOL_D", "COUNT"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(operator.json("PUT", "/api/metrics/NEVER_DEFINED", carers("NEVER_DEFINED", "COUNT"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorChangesTheCatalogue() {
        TestUser analyst = new TestUser("catalogue-analyst", "a long enough passphrase");
        operator.json(
                "POST",
                "/api/admin/users",
                "{\"username\":\"catalogue-analyst\",\"password\":\"a long enough passphrase\","
                        + "\"roles\":[\"ANALYST\"],\"boards\":[\"" + BOARD + "\"]}");

        HttpResponse<String> refused =
                operator.as(analyst).json("POST", "/api/metrics", carers("CARERS_QOL_E", "COUNT"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(catalogue.find("CARERS_QOL_E")).isEmpty();
    }

    @Test
    void aStoredDefinitionOfAnUnknownShapeIsSkippedAndReported() {
        operator.json("POST", "/api/metrics", carers("CARERS_QOL_F", "COUNT"));
        jdbc.sql("update command_side.metric_definition set specification = replace(specification, '\"COUNT\"',"
                        + " '\"MEDIAN\"') where code = 'CARERS_QOL_F'")
                .update();
        definitions.forget();

        assertThat(catalogue.find("CARERS_QOL_F")).isEmpty();
        assertThat(catalogue.find("NEL")).isPresent();
        assertThat(definitions.unreadable()).anySatisfy(line -> assertThat(line).contains("CARERS_QOL_F", "MEDIAN"));
    }

    private static String carers(String code, String shape) {
        return "{\"code\":\"" + code + "\",\"name\":\"Carer-reported quality of life\",\"unit\":\"carers\","
                + "\"shape\":\"" + shape + "\",\"rollup\":\"SUM\",\"goodDirection\":\"HIGHER_IS_BETTER\","
                + "\"actualPeriods\":[\"YEAR\"],\"planPeriods\":[\"YEAR\"],\"displayDecimals\":0,"
                + "\"publicationLagMonths\":12,\"firstYear\":\"2014-15\",\"lastYear\":\"2015-16\","
                + "\"defaultSource\":\"Survey of adult carers\",\"definition\":\"A board's locally chosen metric\","
                + "\"reason\":\"local metric\"}";
    }

    private long seededVersions() {
        return jdbc.sql("select coalesce(sum(version), 0) from command_side.metric_definition where code in ("
                        + String.join(
                                ",",
                                MetricCatalogue.seed().stream()
                                        .map(metric -> "'" + metric.code() + "'")
                                        .toList())
                        + ")")
                .query(Long.class)
                .single();
    }

    private long events() {
        return jdbc.sql("select coalesce(sum(version), 0) from command_side.metric_definition")
                .query(Long.class)
                .single();
    }

    private long audited(String code) {
        return jdbc.sql("select count(*) from access.audit_entry where action = 'metric-definition-changed'"
                        + " and subject = ?")
                .param(code)
                .query(Long.class)
                .single();
    }
}
