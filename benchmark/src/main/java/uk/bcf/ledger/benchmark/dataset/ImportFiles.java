package uk.bcf.ledger.benchmark.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits rows into import files the command service accepts: at most 100,000 rows and under 10 MB each, with the
 * required header and CRLF line ends.
 */
public final class ImportFiles {

    /** The command service's row limit per file ({@code bcf.imports.max-rows}). */
    public static final int MAX_ROWS = 100_000;
    /** Kept below the 10 MB upload limit (every cell is ASCII, so characters are bytes). */
    public static final int MAX_BYTES = 10 * 1024 * 1024 - 64 * 1024;

    private static final String LINE_END = "\r\n";

    private ImportFiles() {}

    public static List<String> of(List<FigureRow> rows) {
        return of(rows, MAX_ROWS);
    }

    static List<String> of(List<FigureRow> rows, int maxRows) {
        List<String> files = new ArrayList<>();
        StringBuilder file = newFile();
        int inFile = 0;
        for (FigureRow row : rows) {
            String line = row.csv() + LINE_END;
            if (inFile > 0 && (inFile == maxRows || file.length() + line.length() > MAX_BYTES)) {
                files.add(file.toString());
                file = newFile();
                inFile = 0;
            }
            file.append(line);
            inFile++;
        }
        if (inFile > 0) {
            files.add(file.toString());
        }
        return files;
    }

    public static int bytes(String file) {
        return file.getBytes(StandardCharsets.UTF_8).length;
    }

    private static StringBuilder newFile() {
        return new StringBuilder(FigureRow.HEADER).append(LINE_END);
    }
}
