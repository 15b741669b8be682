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

/** A small HTTP client for one service, speaking JSON (and CSV for imports). */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response with its status, content type, entity tag and body. */
    record Response(int status, String contentType, String etag, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** The service's root URL, e.g. {@code http://127.0.0.1:8082}. */
    String base() {
        return base;
    }

    Response send(String method, String path, String jsonBody, String... headers) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body)
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return exchange(request);
    }

    /** Posts a CSV file as a {@code text/csv} body, allowing {@code timeout} for the answer. */
    Response postCsv(String path, String csv, Duration timeout) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(csv))
                .header("Content-Type", "text/csv").header("Accept", "application/json, application/problem+json"), timeout);
    }

    /** Uploads a file as the part {@code file} of a {@code multipart/form-data} form. */
    Response upload(String path, String fileName, byte[] file) {
        String boundary = "acceptance-" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(file);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json"), REQUEST_TIMEOUT);
    }

    Response get(String path, String accept) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept", accept));
    }

    private Response exchange(HttpRequest.Builder request) {
        return exchange(request, REQUEST_TIMEOUT);
    }

    private Response exchange(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
