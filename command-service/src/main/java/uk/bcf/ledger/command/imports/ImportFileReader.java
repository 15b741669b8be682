package uk.bcf.ledger.command.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.command.board.BoardDirectory;
import uk.bcf.ledger.shared.refusal.Refusal;

/**
 * Reads the data rows of an import request's file, refusing rows whose board is not registered. A file imported
 * into one board needs that board registered before anything is read (404).
 */
@Component
class ImportFileReader {

    private final ImportLimits limits;
    private final BoardDirectory boards;

    ImportFileReader(ImportLimits limits, BoardDirectory boards) {
        this.limits = limits;
        this.boards = boards;
    }

    List<FileRow> read(ImportRequest request) {
        if (request.board() != null && !boards.exists(request.board())) {
            throw Refusal.notFound("board", "no board with code '" + request.board() + "' is registered");
        }
        RowReader reader = new RowReader(request.board(), request.reason());
        Map<String, Boolean> known = new HashMap<>();
        return ImportCsv.read(request.file(), limits.maxRows()).stream()
                .map(reader::read)
                .map(row -> !row.readable() || known.computeIfAbsent(row.board(), boards::exists)
                        ? row
                        : row.refused(ImportColumns.BOARD, "no board with code '" + row.board() + "' is registered"))
                .toList();
    }
}
