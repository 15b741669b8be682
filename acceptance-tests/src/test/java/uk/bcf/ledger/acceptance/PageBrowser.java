package uk.bcf.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * A browser on the query service's pages, as a person uses them: it keeps cookies, asks for HTML, does not follow
 * redirects (tests look at them), and sends forms with the CSRF token of the last page it opened.
 */
final class PageBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private String csrf;

    PageBrowser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A browser on the query service of {@code services}, signed in as {@code user} (the sign-in must succeed). */
    static PageBrowser signedIn(RunningServices services, TestUser user) {
        PageBrowser browser = new PageBrowser(
                Integer.parseInt(services.queryContext.getEnvironment().getRequiredProperty("local.server.port")));
        HttpResponse<String> signIn = browser.signIn(user);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
        return browser;
    }

    /** Opens the login page and signs in; the answer is the redirect after sign-in. */
    HttpResponse<String> signIn(TestUser user) {
        open("/login");
        return submit("/login", Map.of("username", user.name(), "password", user.password()));
    }

    HttpResponse<String> open(String path) {
        return send(request(path).GET());
    }

    /** Submits a form with the CSRF token of the last page opened. */
    HttpResponse<String> submit(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        return submitWithout(path, all);
    }

    /** Submits exactly these fields: no CSRF token unless given. */
    HttpResponse<String> submitWithout(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Submits a {@code multipart/form-data} form with one file and the CSRF token of the last page opened. */
    HttpResponse<String> upload(String path, String fileField, String filename, String content) {
        String boundary = "----ledger" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
