package uk.bcf.ledger.benchmark.dataset;

import java.util.List;

/**
 * Everything one synthetic board contributes to the dataset, in the order it is loaded: registration, population
 * denominators, the first version of every plan and actual (one import row each), quarterly sign-offs, then the
 * corrections and revisions (import rows with reasons) and the withdrawals.
 *
 * @param board       the board
 * @param populations its population denominators, every vintage
 * @param figures     the first version of each figure
 * @param signOffs    its quarterly sign-offs
 * @param corrections later versions of about one figure in ten
 * @param withdrawals actuals withdrawn after validation
 */
public record BoardDataset(
        SyntheticBoard board,
        List<PopulationFigure> populations,
        List<FigureRow> figures,
        List<SignOff> signOffs,
        List<FigureRow> corrections,
        List<Withdrawal> withdrawals) {

    public BoardDataset {
        populations = List.copyOf(populations);
        figures = List.copyOf(figures);
        signOffs = List.copyOf(signOffs);
        corrections = List.copyOf(corrections);
        withdrawals = List.copyOf(withdrawals);
    }

    /** The events loading this board stores: one per write, plus a published-figure note per row that has one. */
    public long events() {
        long notes = figures.stream().filter(FigureRow::notesPublished).count()
                + corrections.stream().filter(FigureRow::notesPublished).count();
        return 1
                + populations.size()
                + figures.size()
                + signOffs.size()
                + corrections.size()
                + withdrawals.size()
                + notes;
    }
}
