package uk.bcf.ledger.command.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Reads an import file into its data records: UTF-8 with or without a byte order mark, CSV as spreadsheets export
 * it (RFC 4180: quoted cells with commas, quotes and line breaks; CRLF or LF), the exact header first. Records whose
 * cells are all blank, which spreadsheets write for empty rows, are left out. A file that is not UTF-8, not CSV or
 * has another header is refused whole (400); one with more than the row limit is refused as too large (413).
 */
final class ImportCsv {

    private static final int MAX_ECHO = 200;
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private ImportCsv() {}

    static List<CsvLine> read(byte[] file, int maxRows) {
        String text = decode(file);
        LineIndex lines = LineIndex.of(text);
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            try {
                return records(parser.iterator(), lines, maxRows);
            } catch (UncheckedIOException e) {
                throw Refusal.invalid(
                        "file",
                        "is not valid CSV at line " + parser.getCurrentLineNumber()
                                + ": a quoted cell is not closed, or text follows its closing quote");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CsvLine> records(Iterator<CSVRecord> records, LineIndex lines, int maxRows) {
        List<String> header = checkHeader(records);
        List<CsvLine> rows = new ArrayList<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw Refusal.tooLarge(
                        "file",
                        "has more than " + maxRows + " rows; split it into files of at most " + maxRows + " rows");
            }
            rows.add(new CsvLine(lines.lineOf(record.getCharacterPosition()), record.toList(), header));
        }
        return rows;
    }

    /** The required header, perhaps followed by optional columns ({@link ImportColumns#OPTIONAL}), each once. */
    private static List<String> checkHeader(Iterator<CSVRecord> records) {
        if (!records.hasNext()) {
            throw Refusal.invalid("file", "is empty; its first line must be the header " + ImportColumns.HEADER_LINE);
        }
        List<String> header = records.next().stream().map(String::strip).toList();
        int required = ImportColumns.HEADER.size();
        boolean valid = header.size() >= required
                && header.subList(0, required).equals(ImportColumns.HEADER)
                && ImportColumns.OPTIONAL.containsAll(header.subList(required, header.size()))
                && header.stream().distinct().count() == header.size();
        if (!valid) {
            throw Refusal.invalid(
                    "file",
                    "its first line must be exactly the header " + ImportColumns.HEADER_LINE
                            + " (optionally followed by " + String.join(", ", ImportColumns.OPTIONAL) + "), not "
                            + shortened(String.join(",", header)));
        }
        return header;
    }

    private static String shortened(String text) {
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
    }

    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Refusal.invalid("file", "is not UTF-8 text; save it as CSV UTF-8");
        }
    }
}
