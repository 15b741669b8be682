package uk.bcf.ledger.command.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import uk.bcf.ledger.testsupport.TestUser;

/**
 * Sends requests to a command service under test, signed in with HTTP Basic as {@link TestUser#OPERATOR} unless
 * told otherwise: JSON writes, import files as a {@code text/csv} body or as a multipart upload, and reads.
 * Extra headers are given as name, value pairs and replace the defaults of the same name.
 */
public final class CommandHttp {

    private static final String BOUNDARY = "import-test-boundary";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    public CommandHttp(int port) {
        this("http://127.0.0.1:" + port, TestUser.OPERATOR.authorization());
    }

    private CommandHttp(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same service, signed in as {@code user}. */
    public CommandHttp as(TestUser user) {
        return new CommandHttp(base, user.authorization());
    }

    /** The same service, with this {@code Authorization} header value (or none when null). */
    public CommandHttp withAuthorization(String authorization) {
        return new CommandHttp(base, authorization);
    }

    public HttpResponse<String> csv(String path, String csv, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    public HttpResponse<String> upload(String path, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"figures.csv\"\r\n"
                                + "Content-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpResponse<String> json(String method, String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A request to {@code path} with the signed-in user's credentials and the given headers, to be completed. */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int header = 0; header + 1 < headers.length; header += 2) {
            request.setHeader(headers[header], headers[header + 1]);
        }
        return request;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
