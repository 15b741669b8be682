package uk.bcf.ledger.benchmark.dataset;

import java.util.ArrayList;
import java.util.List;
import uk.bcf.ledger.shared.metric.MetricCatalogue;

/**
 * Generates the synthetic national dataset: boards {@code E06000001}, {@code E06000002}, … are added, each with
 * the figures of every metric the catalogue has in force in each financial year, until the dataset reaches the
 * target number of events. Deterministic: the same spec gives the same dataset.
 */
public final class DatasetGenerator {

    /** The code prefix of the dataset's boards. */
    public static final String BOARD_PREFIX = "E06";

    private final MetricCatalogue catalogue;
    private final MetricProfiles profiles;

    public DatasetGenerator(MetricCatalogue catalogue, MetricProfiles profiles) {
        this.catalogue = catalogue;
        this.profiles = profiles;
    }

    /** With the shared catalogue and the shipped profiles. */
    public static DatasetGenerator standard() {
        return new DatasetGenerator(MetricCatalogue.standard(), MetricProfiles.standard());
    }

    public NationalDataset generate(DatasetSpec spec) {
        BoardGenerator generator = new BoardGenerator(spec, catalogue, profiles);
        List<BoardDataset> boards = new ArrayList<>();
        long events = 0;
        for (int index = 1; events < spec.targetEvents(); index++) {
            BoardDataset board = generator.generate(SyntheticBoard.numbered(BOARD_PREFIX, index));
            boards.add(board);
            events += board.events();
        }
        return new NationalDataset(spec, boards);
    }
}
