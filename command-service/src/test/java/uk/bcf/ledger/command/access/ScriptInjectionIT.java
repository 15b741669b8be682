package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import uk.bcf.ledger.command.config.CommandHttp;

/**
 * Markup in any free-text field, the classic way to run a script in the browser of whoever later reads the figure's
 * history or report, is refused naming the field, and nothing is stored: 400 for a write, 422 with the row's column
 * for a cell of an import file (whose refused rows are reported together, as for any refused row).
 */
class ScriptInjectionIT extends AccessFixture {

    private static final String BOARD = "/api/boards/" + BROMLEY;

    static Stream<String> scripts() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(document.cookie)>",
                "Fine.</textarea><svg onload=alert(1)>",
                "< script >alert(1)",
                "<!-- hidden -->",
                "<?xml version='1.0'?>");
    }

    static Stream<Arguments> everyFreeTextField() {
        return scripts()
                .flatMap(script -> Stream.of(
                        Arguments.of("POST", "/api/boards", "{\"code\":\"E09000011\",\"name\":\"%s\"}", "name", script),
                        Arguments.of(
                                "POST",
                                BOARD + "/populations",
                                "{\"year\":2019,\"ageBand\":\"65+\",\"count\":1,\"source\":\"%s\"}",
                                "source",
                                script),
                        Arguments.of(
                                "POST",
                                BOARD + "/populations",
                                "{\"year\":2019,\"ageBand\":\"%s\",\"count\":1,\"source\":\"ONS\"}",
                                "ageBand",
                                script),
                        Arguments.of(
                                "POST",
                                BOARD + "/actuals",
                                "{\"metric\":\"NEL\",\"period\":\"2019-08\",\"value\":1,\"source\":\"%s\"}",
                                "source",
                                script),
                        Arguments.of(
                                "POST",
                                BOARD + "/plans",
                                "{\"metric\":\"NEL\",\"period\":\"2019-20-Q3\",\"value\":1,\"source\":\"%s\"}",
                                "source",
                                script),
                        Arguments.of(
                                "PUT",
                                BOARD + "/actuals/NEL/2019-04",
                                "{\"value\":2,\"reason\":\"%s\"}",
                                "reason",
                                script),
                        Arguments.of(
                                "PUT",
                                BOARD + "/actuals/NEL/2019-04",
                                "{\"value\":2,\"reason\":\"late\",\"source\":\"%s\"}",
                                "source",
                                script),
                        Arguments.of(
                                "PUT",
                                BOARD + "/plans/NEL/2019-20-Q1",
                                "{\"value\":2,\"reason\":\"%s\"}",
                                "reason",
                                script),
                        Arguments.of("DELETE", BOARD + "/actuals/NEL/2019-04", "{\"reason\":\"%s\"}", "reason", script),
                        Arguments.of(
                                "POST",
                                BOARD + "/commentary",
                                "{\"metric\":\"NEL\",\"period\":\"2019-20-Q1\",\"text\":\"%s\"}",
                                "text",
                                script),
                        Arguments.of(
                                "POST",
                                BOARD + "/sign-offs",
                                "{\"period\":\"2019-20-Q1\",\"meetingDate\":\"2019-07-18\",\"signedOffBy\":\"%s\"}",
                                "signedOffBy",
                                script)));
    }

    @ParameterizedTest(name = "{0} {1} {3}: {4}")
    @MethodSource("everyFreeTextField")
    void markupInAFreeTextFieldIsRefusedNamingTheField(
            String method, String path, String body, String field, String script) {
        CommandHttp writer = path.equals("/api/boards") ? operator : bromleyAnalyst;

        tables.assertRefusedStoringNothing(() -> writer.json(method, path, body.formatted(script)), 400, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void markupInAnImportFilesSourceOrReasonCellRefusesTheFile(String script) {
        String cell = "\"" + script.replace("\"", "\"\"") + "\"";

        JsonNode bySource = tables.assertRefusedStoringNothing(
                () -> bromleyAnalyst.csv(
                        BOARD + "/imports", ImportScopeIT.HEADER + ",NEL,2019-09,actual,5,,,," + cell + ",,\r\n"),
                422,
                "file");
        JsonNode byReason = tables.assertRefusedStoringNothing(
                () -> bromleyAnalyst.csv(
                        BOARD + "/imports", ImportScopeIT.HEADER + ",NEL,2019-09,actual,5,,,,SUS," + cell + ",\r\n"),
                422,
                "file");

        assertThat(bySource.get("rows").get(0).get("column").asString()).isEqualTo("source");
        assertThat(byReason.get("rows").get(0).get("column").asString()).isEqualTo("reason");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void markupInAnImportsReasonIsRefusedBeforeTheFileIsRead(String script) {
        String reason = URLEncoder.encode(script, StandardCharsets.UTF_8);

        tables.assertRefusedStoringNothing(
                () -> bromleyAnalyst.csv(
                        BOARD + "/imports?reason=" + reason, ImportScopeIT.HEADER + ",NEL,2019-04,actual,3,,,,,,\r\n"),
                400,
                "reason");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void markupInANewUsersNameIsRefused(String script) {
        String user =
                "{\"username\":\"%s\",\"password\":\"long enough passphrase\",\"roles\":[\"VIEWER\"],\"boards\":[]}"
                        .formatted(script);

        tables.assertRefusedStoringNothing(() -> operator.json("POST", "/api/admin/users", user), 400, "username");
    }
}
