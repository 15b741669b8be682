package uk.bcf.ledger.query.board;

import java.util.List;
import uk.bcf.ledger.query.http.CsvCells;

/** Writes the board list as CSV with {@link CsvCells}: a header line, then one line per board. */
final class BoardsCsv {

    String write(BoardsView view) {
        StringBuilder csv = new StringBuilder(CsvCells.line(List.of("code", "name")));
        view.boards().forEach(board -> csv.append(CsvCells.line(List.of(board.code(), board.name()))));
        return csv.toString();
    }
}
