package uk.bcf.ledger.acceptance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A small HTTP client for one service, speaking JSON (and CSV for imports), signed in with HTTP Basic: as
 * {@link TestUser#OPERATOR} unless told otherwise with {@link #as} or {@link #anonymous}.
 */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String ACCEPT_JSON = "application/json, application/problem+json";

    private final HttpClient client;
    private final String base;
    private final TestUser user;

    Http(int port) {
        this(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                "http://127.0.0.1:" + port,
                TestUser.OPERATOR);
    }

    private Http(HttpClient client, String base, TestUser user) {
        this.client = client;
        this.base = base;
        this.user = user;
    }

    /** A response with its status, content type, entity tag, {@code WWW-Authenticate} challenge and body. */
    record Response(int status, String contentType, String etag, String challenge, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** The same service, signed in as another user. */
    Http as(TestUser other) {
        return new Http(client, base, other);
    }

    /** The same service, sending no credentials. */
    Http anonymous() {
        return new Http(client, base, null);
    }

    /** The service's root URL, e.g. {@code http://127.0.0.1:8082}. */
    String base() {
        return base;
    }

    Response send(String method, String path, String jsonBody, String... headers) {
        HttpRequest.BodyPublisher body =
                jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
        HttpRequest.Builder request = request(path)
                .method(method, body)
                .header("Content-Type", "application/json")
                .header("Accept", ACCEPT_JSON);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return exchange(request, REQUEST_TIMEOUT);
    }

    /** Posts a CSV file as a {@code text/csv} body, allowing {@code timeout} for the answer. */
    Response postCsv(String path, String csv, Duration timeout) {
        return exchange(
                request(path)
                        .POST(HttpRequest.BodyPublishers.ofString(csv))
                        .header("Content-Type", "text/csv")
                        .header("Accept", ACCEPT_JSON),
                timeout);
    }

    /** Uploads a file as the part {@code file} of a {@code multipart/form-data} form. */
    Response upload(String path, String fileName, byte[] file) {
        String boundary = "acceptance-" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.writeBytes(file);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return exchange(
                request(path)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", ACCEPT_JSON),
                REQUEST_TIMEOUT);
    }

    Response get(String path, String accept) {
        return exchange(request(path).GET().header("Accept", accept), REQUEST_TIMEOUT);
    }

    /** A binary resource (a PDF), with its headers. */
    HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray(), REQUEST_TIMEOUT);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return user == null ? request : request.header("Authorization", user.authorization());
    }

    private Response exchange(HttpRequest.Builder request, Duration timeout) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(), timeout);
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("WWW-Authenticate").orElse(null),
                response.body());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body, Duration timeout) {
        try {
            return client.send(request.timeout(timeout).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
