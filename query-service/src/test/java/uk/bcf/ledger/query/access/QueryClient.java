package uk.bcf.ledger.query.access;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Real HTTP requests to the running query service, as a client outside it would send them: with a user's
 * {@code Authorization} header, a bearer token, or nothing at all. Redirects are not followed.
 */
final class QueryClient {

    private final HttpClient http = Exchanges.client().build();
    private final int port;

    QueryClient(int port) {
        this.port = port;
    }

    /** A GET without credentials. */
    HttpResponse<String> anonymous(String path, String accept) {
        return get(path, (String) null, accept);
    }

    /** A GET signed in as the user with HTTP Basic. */
    HttpResponse<String> get(String path, TestUser user, String accept) {
        return get(path, user.authorization(), accept);
    }

    /** A GET with this {@code Authorization} header (none when null) and {@code Accept} header (none when null). */
    HttpResponse<String> get(String path, String authorization, String accept) {
        HttpRequest.Builder request = request(path, authorization).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return Exchanges.send(http, request.build());
    }

    /** The response's first value of the header, or an empty string when it has none. */
    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** A POST without a body, with the user's credentials and any further headers (name, value, name, value...). */
    HttpResponse<String> post(String path, TestUser user, String... headers) {
        HttpRequest.Builder request = request(path, user == null ? null : user.authorization());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Exchanges.send(
                http, request.POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = Exchanges.request(port, path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }
}
