package uk.bcf.ledger.benchmark.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a dataset to a directory as the files an analyst would hold: {@code boards.csv}, {@code populations.csv},
 * the first-pass import files {@code figures-001.csv} …, {@code sign-offs.csv}, the correction import files
 * {@code corrections-001.csv} …, {@code withdrawals.csv} and {@code summary.txt}.
 */
public final class DatasetWriter {

    private DatasetWriter() {}

    /** Writes the files and returns their paths. */
    public static List<Path> write(NationalDataset dataset, Path directory) {
        try {
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            written.add(lines(
                    directory.resolve("boards.csv"),
                    "code,name",
                    dataset.boardList().stream()
                            .map(board -> board.code() + "," + board.name())
                            .toList()));
            written.add(lines(
                    directory.resolve("populations.csv"),
                    "board,year,age_band,count,source",
                    dataset.boards().stream()
                            .flatMap(board -> board.populations().stream())
                            .map(p -> String.join(
                                    ",",
                                    p.board(),
                                    String.valueOf(p.year()),
                                    p.ageBand(),
                                    String.valueOf(p.count()),
                                    p.source()))
                            .toList()));
            written.addAll(imports(directory, "figures", ImportFiles.of(dataset.figures())));
            written.add(lines(
                    directory.resolve("sign-offs.csv"),
                    "board,quarter,meeting_date,signed_off_by",
                    dataset.boards().stream()
                            .flatMap(board -> board.signOffs().stream())
                            .map(s -> String.join(
                                    ",", s.board(), s.quarter(), s.meetingDate().toString(), s.signedOffBy()))
                            .toList()));
            written.addAll(imports(directory, "corrections", ImportFiles.of(dataset.corrections())));
            written.add(lines(
                    directory.resolve("withdrawals.csv"),
                    "board,metric,period,reason",
                    dataset.withdrawals().stream()
                            .map(w -> String.join(",", w.board(), w.metric(), w.period(), w.reason()))
                            .toList()));
            Path summary = directory.resolve("summary.txt");
            Files.writeString(summary, DatasetSummary.of(dataset) + System.lineSeparator(), StandardCharsets.UTF_8);
            written.add(summary);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset to " + directory, e);
        }
    }

    private static List<Path> imports(Path directory, String name, List<String> files) throws IOException {
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = directory.resolve("%s-%03d.csv".formatted(name, i + 1));
            Files.writeString(file, files.get(i), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    private static Path lines(Path file, String header, List<String> lines) throws IOException {
        List<String> all = new ArrayList<>(lines.size() + 1);
        all.add(header);
        all.addAll(lines);
        Files.write(file, all, StandardCharsets.UTF_8);
        return file;
    }
}
