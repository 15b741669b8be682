package uk.bcf.ledger.benchmark.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A small HTTP/1.1 client for one service, signed in as one user (HTTP Basic on every request) or anonymous for the
 * open health probes: JSON or CSV in, status and body out. Thread-safe; connections are kept alive and shared by
 * all callers.
 */
public final class HttpJson {

    /** Bounds every ordinary request; imports pass a longer timeout of their own. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final String baseUrl;
    private final Credentials credentials;
    private final HttpClient client;

    /** @param credentials whom every request signs in as, or null to send none */
    public HttpJson(String baseUrl, Credentials credentials) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.credentials = credentials;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A status and body. */
    public record Response(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + snippet(), e);
            }
        }

        public String snippet() {
            return body.length() > 500 ? body.substring(0, 500) + "…" : body;
        }
    }

    public Response send(String method, String path, Object jsonBody) {
        String body = jsonBody == null ? "" : encode(jsonBody);
        return exchange(request(path, REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    public Response postCsv(String path, String csv, Duration timeout) {
        return exchange(request(path, timeout)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build());
    }

    public Response get(String path, String accept) {
        return exchange(
                request(path, REQUEST_TIMEOUT).header("Accept", accept).GET().build());
    }

    /** The same GET, answering only the status, for tight polling loops and load that need no body. */
    public int status(String path, String accept) {
        try {
            return client.send(
                            request(path, REQUEST_TIMEOUT)
                                    .header("Accept", accept)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static String encode(Object value) {
        try {
            return value instanceof String text ? text : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Map<String, Object> object(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        return credentials == null ? request : request.header("Authorization", credentials.basic());
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
