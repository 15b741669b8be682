package uk.bcf.ledger.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The requests of a demo file in {@code demo/}: one {@code METHOD PATH JSON} per line, {@code #} for comments. */
final class DemoRequests {

    /** One request of the file. */
    record Request(String method, String path, String body) {}

    private DemoRequests() {}

    static List<Request> read(String fileName) {
        try {
            return Files.readAllLines(Path.of("..", "demo", fileName)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" ", 3))
                    .map(parts -> new Request(parts[0], parts[1], parts[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
