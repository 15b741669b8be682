package uk.bcf.ledger.command.access;

import static uk.bcf.ledger.command.access.AccessUsers.BROMLEY;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Bodies over their limit are refused with 413 before anything reads them (64 KB for a JSON write, 11 MB for an
 * import), whether the request declares its length or streams it in chunks, and nothing is stored.
 */
class RequestLimitsIT extends AccessFixture {

    private static final String ACTUALS = "/api/boards/" + BROMLEY + "/actuals";
    private static final int KB = 1024;
    private static final int MB = 1024 * KB;

    @Test
    void aJsonWriteOverSixtyFourKilobytesIsTooLarge() {
        String body = actualWithSourceOf(65 * KB);

        assertTooLargeAndNothingStored(() -> bromleyAnalyst.json("POST", ACTUALS, body), "body");
        assertTooLargeAndNothingStored(
                () -> post(ACTUALS, "application/json", chunked(body.getBytes(StandardCharsets.UTF_8))), "body");
    }

    @Test
    void aJsonWriteJustUnderTheLimitIsReadAndJudgedOnItsContent() {
        tables.assertRefusedStoringNothing(
                () -> bromleyAnalyst.json("POST", ACTUALS, actualWithSourceOf(60 * KB)), 400, "source");
        tables.assertRefusedStoringNothing(
                () -> post(
                        ACTUALS,
                        "application/json",
                        chunked(actualWithSourceOf(60 * KB).getBytes(StandardCharsets.UTF_8))),
                400,
                "source");
    }

    @Test
    void aBodyWithinTheLimitButNestedOrNumberedBeyondReasonIsRefusedAsInvalid() {
        tables.assertRefusedStoringNothing(
                () -> bromleyAnalyst.json("POST", ACTUALS, "[".repeat(30 * KB) + "]".repeat(30 * KB)), 400, null);
        tables.assertRefusedStoringNothing(
                () -> bromleyAnalyst.json(
                        "POST",
                        ACTUALS,
                        "{\"metric\":\"NEL\",\"period\":\"2019-12\",\"value\":" + "9".repeat(50 * KB) + "}"),
                400,
                null);
    }

    @Test
    void anImportOverElevenMegabytesIsTooLarge() {
        byte[] file = importOf(12 * MB);

        assertTooLargeAndNothingStored(
                () -> post("/api/imports", "text/csv", HttpRequest.BodyPublishers.ofByteArray(file)), "body");
        assertTooLargeAndNothingStored(() -> post("/api/imports", "text/csv", chunked(file)), "body");
        assertTooLargeAndNothingStored(() -> bromleyAnalyst.upload("/api/imports", file), "body");
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

    private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return bromleyAnalyst.send(
                bromleyAnalyst.request(path, "Content-Type", contentType).POST(body));
    }

    /** A body of unknown length, which the client sends with {@code Transfer-Encoding: chunked}. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private void assertTooLargeAndNothingStored(Supplier<HttpResponse<String>> attack, String field) {
        tables.assertRefusedStoringNothing(attack, 413, field);
    }
}
