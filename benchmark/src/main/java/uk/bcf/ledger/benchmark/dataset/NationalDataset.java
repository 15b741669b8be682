package uk.bcf.ledger.benchmark.dataset;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The synthetic national dataset: every board's data, in board order.
 *
 * @param spec   what it was generated from
 * @param boards each board's data
 */
public record NationalDataset(DatasetSpec spec, List<BoardDataset> boards) {

    public NationalDataset {
        boards = List.copyOf(boards);
    }

    /** The events loading the whole dataset stores. */
    public long events() {
        return boards.stream().mapToLong(BoardDataset::events).sum();
    }

    public List<SyntheticBoard> boardList() {
        return boards.stream().map(BoardDataset::board).toList();
    }

    /** Every board's first versions of its figures, board by board. */
    public List<FigureRow> figures() {
        return all(BoardDataset::figures);
    }

    /** Every board's corrections and revisions, board by board. */
    public List<FigureRow> corrections() {
        return all(BoardDataset::corrections);
    }

    public List<Withdrawal> withdrawals() {
        return all(BoardDataset::withdrawals);
    }

    public long populationCount() {
        return boards.stream().mapToLong(board -> board.populations().size()).sum();
    }

    public long signOffCount() {
        return boards.stream().mapToLong(board -> board.signOffs().size()).sum();
    }

    /** The rows that store a published-figure note beside their figure. */
    public long publishedNotes() {
        return Stream.concat(figures().stream(), corrections().stream())
                .filter(FigureRow::notesPublished)
                .count();
    }

    private <T> List<T> all(Function<BoardDataset, List<T>> part) {
        return boards.stream().flatMap(board -> part.apply(board).stream()).toList();
    }
}
