package uk.bcf.ledger.query.access;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser as far as the query service can tell: it keeps cookies, asks for HTML and submits forms as
 * {@code application/x-www-form-urlencoded}, never sending an {@code Authorization} header. Redirects are not
 * followed, so that tests see them.
 */
final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = Exchanges.client().cookieHandler(cookies).build();
    private final int port;

    Browser(int port) {
        this.port = port;
    }

    HttpResponse<String> open(String path) {
        return Exchanges.send(http, request(path).GET().build());
    }

    /** Submits a form with these fields (a field whose value is null is left out) and any further headers. */
    HttpResponse<String> submit(String path, Map<String, String> fields, String... headers) {
        String form = fields.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Exchanges.send(
                http, request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Sends this body as it is, with this content type: a form a browser or a proxy may have spoilt. */
    HttpResponse<String> post(String path, String contentType, String body) {
        return Exchanges.send(
                http,
                request(path)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /** Every {@code Set-Cookie} header of an answer. */
    static java.util.List<String> setCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** The session cookie's value, if the service has given one. */
    Optional<String> session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private HttpRequest.Builder request(String path) {
        return Exchanges.request(port, path).header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
