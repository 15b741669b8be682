package uk.bcf.ledger.query.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What the tests' clients of the running query service share: they follow no redirects, so that tests see them,
 * give up after a time limit, and fail the test naming the address when the service cannot be reached.
 */
final class Exchanges {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Exchanges() {}

    /** A client that follows no redirects and gives up connecting after the time limit, to be completed. */
    static HttpClient.Builder client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT);
    }

    /** A request for {@code path} of the service on this local port, with the time limit, to be completed. */
    static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(TIMEOUT);
    }

    /** Sends the request and reads the answer as text. */
    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted asking " + request.uri(), e);
        }
    }
}
