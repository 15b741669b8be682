package uk.bcf.ledger.query.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser as far as the query service can tell: it keeps cookies, asks for HTML and submits forms as
 * {@code application/x-www-form-urlencoded}, never sending an {@code Authorization} header. Redirects are not
 * followed, so that tests see them.
 */
final class Browser {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    private final String base;

    Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> open(String path) {
        return send(request(path).GET().build());
    }

    /** Submits a form with these fields (a field whose value is null is left out) and any further headers. */
    HttpResponse<String> submit(String path, Map<String, String> fields, String... headers) {
        String form = fields.entrySet().stream().filter(field -> field.getValue() != null)
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The session cookie's value, if the service has given one. */
    Optional<String> session() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
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
