package uk.bcf.ledger.command.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The file handling of an import, for a feature that imports other rows than figures (the pooled budget): the file
 * taken from the request within the size limit ({@code ImportUpload}), and its data records read as figures'
 * files are ({@code ImportCsv}: UTF-8, the exact header first, blank lines skipped, the row limit), each with its
 * line number and cells by column.
 */
@Component
public class CsvImportFiles {

    /** One data record of a file, with the line it starts on. */
    public record Row(long line, Map<String, String> cells) {

        /** The cell of a column, or null when the record is too short to have it. */
        public String cell(String column) {
            return cells.get(column);
        }
    }

    private final ImportUpload upload;
    private final ImportLimits limits;

    CsvImportFiles(ImportUpload upload, ImportLimits limits) {
        this.upload = upload;
        this.limits = limits;
    }

    /** The file: the form part {@code file}, or the whole {@code text/csv} body; 413 beyond the size limit. */
    public byte[] read(HttpServletRequest request) throws IOException {
        return upload.read(request);
    }

    /** The data records of a file whose first line must be exactly {@code header}; 413 beyond the row limit. */
    public List<Row> rows(byte[] file, List<String> header) {
        return ImportCsv.read(file, limits.maxRows(), header, List.of()).stream()
                .map(line -> {
                    Map<String, String> cells = new LinkedHashMap<>();
                    header.forEach(column -> cells.put(column, line.cell(column)));
                    return new Row(line.line(), cells);
                })
                .toList();
    }
}
