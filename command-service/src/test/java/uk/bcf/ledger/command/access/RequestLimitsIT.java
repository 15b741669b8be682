package uk.bcf.ledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;
import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY_ANALYST;
import static uk.bcf.ledger.command.access.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.bcf.ledger.command.config.CommandHttp;
import uk.bcf.ledger.command.config.CommandServiceTest;
import uk.bcf.ledger.security.LedgerUsers;

/**
 * Bodies over their limit are refused with 413 before anything reads them (64 KB for a JSON write, 11 MB for an
 * import), whether the request declares its length or streams it in chunks, and nothing is stored.
 */
@CommandServiceTest
class RequestLimitsIT {

    private static final String ACTUALS = "/api/boards/" + BROMLEY + "/actuals";
    private static final int KB = 1024;
    private static final int MB = 1024 * KB;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerUsers users;

    private CommandHttp analyst;
    private LedgerTables tables;

    @BeforeEach
    void prepare() {
        CommandHttp operator = new CommandHttp(port);
        AccessUsers.prepare(users, operator);
        analyst = operator.as(BROMLEY_ANALYST);
        tables = new LedgerTables(jdbc);
    }

    @Test
    void aJsonWriteOverSixtyFourKilobytesIsTooLarge() {
        String body = actualWithSourceOf(65 * KB);

        assertTooLargeAndNothingStored(() -> analyst.json("POST", ACTUALS, body), "body");
        assertTooLargeAndNothingStored(() -> analyst.send(analyst.request(ACTUALS, "Content-Type", "application/json")
                .POST(chunked(body.getBytes(StandardCharsets.UTF_8)))), "body");
    }

    @Test
    void aJsonWriteJustUnderTheLimitIsReadAndJudgedOnItsContent() {
        LedgerTables.Counts before = tables.counts();

        assertProblem(analyst.json("POST", ACTUALS, actualWithSourceOf(60 * KB)), 400, "source");
        assertProblem(analyst.send(analyst.request(ACTUALS, "Content-Type", "application/json")
                .POST(chunked(actualWithSourceOf(60 * KB).getBytes(StandardCharsets.UTF_8)))), 400, "source");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void aBodyWithinTheLimitButNestedOrNumberedBeyondReasonIsRefusedAsInvalid() {
        LedgerTables.Counts before = tables.counts();

        assertProblem(analyst.json("POST", ACTUALS, "[".repeat(30 * KB) + "]".repeat(30 * KB)), 400, null);
        assertProblem(analyst.json("POST", ACTUALS, "{\"metric\":\"NEL\",\"period\":\"2019-12\",\"value\":" + "9".repeat(50 * KB) + "}"), 400, null);
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void anImportOverElevenMegabytesIsTooLarge() {
        byte[] file = importOf(12 * MB);

        assertTooLargeAndNothingStored(() -> analyst.send(analyst.request("/api/imports", "Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))), "body");
        assertTooLargeAndNothingStored(() -> analyst.send(analyst.request("/api/imports", "Content-Type", "text/csv")
                .POST(chunked(file))), "body");
        assertTooLargeAndNothingStored(() -> analyst.upload("/api/imports", file), "body");
    }

    private static String actualWithSourceOf(int length) {
        return "{\"metric\":\"NEL\",\"period\":\"2019-12\",\"value\":1,\"source\":\"" + "s".repeat(length) + "\"}";
    }

    private static byte[] importOf(int size) {
        String row = BROMLEY + ",NEL,2020-01,actual,1,,,,SUS,,\r\n";
        StringBuilder file = new StringBuilder(ImportScopeIT.HEADER);
        while (file.length() < size) {
            file.append(row);
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A body of unknown length, which the client sends with {@code Transfer-Encoding: chunked}. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private void assertTooLargeAndNothingStored(Supplier<HttpResponse<String>> attack, String field) {
        LedgerTables.Counts before = tables.counts();

        assertProblem(attack.get(), 413, field);
        assertThat(tables.counts()).isEqualTo(before);
    }
}
