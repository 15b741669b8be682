package uk.bcf.ledger.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.1 GET written byte by byte on a socket, for the headers a well-behaved client will not send, such as a
 * forged {@code Host}. The answer is read until the service closes the connection ({@code Connection: close}).
 */
public final class RawHttp {

    private RawHttp() {}

    /**
     * The whole answer (status line, headers and body) to a GET of {@code path} on the local port, sent with these
     * header lines (such as {@code "Host: attacker.example"}).
     */
    public static String get(int port, String path, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask 127.0.0.1:" + port + path, e);
        }
    }
}
