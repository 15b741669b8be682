package uk.bcf.ledger.benchmark.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import uk.bcf.ledger.benchmark.dataset.BoardDataset;
import uk.bcf.ledger.benchmark.dataset.FigureRow;
import uk.bcf.ledger.benchmark.dataset.ImportFiles;
import uk.bcf.ledger.benchmark.dataset.NationalDataset;

/**
 * Loads the dataset through the command service's public API, so that every event is a real one: boards and
 * populations by single writes, the first version of every figure by bulk imports ({@code POST /api/imports},
 * files of at most 100,000 rows, one after another), sign-offs by single writes, then the corrections and
 * revisions as a second pass of import files with reasons, and the withdrawals by {@code DELETE}. Single writes
 * run on {@value #CLIENTS} concurrent clients, each keeping to its own boards so that no two write one aggregate.
 */
public final class DatasetLoader {

    static final int CLIENTS = 8;

    private final CommandClient client;

    public DatasetLoader(CommandClient client) {
        this.client = client;
    }

    /** Every phase in order. */
    public List<LoadPhase> load(NationalDataset dataset) {
        List<LoadPhase> phases = new ArrayList<>();
        phases.add(boards(dataset));
        phases.add(populations(dataset));
        phases.add(firstVersions(dataset));
        phases.add(signOffs(dataset));
        phases.add(corrections(dataset));
        phases.add(withdrawals(dataset));
        return phases;
    }

    public LoadPhase boards(NationalDataset dataset) {
        return perBoard("boards", dataset, board -> List.of(board.board()), client::register);
    }

    public LoadPhase populations(NationalDataset dataset) {
        return perBoard("populations", dataset, BoardDataset::populations, client::record);
    }

    public LoadPhase firstVersions(NationalDataset dataset) {
        return imports("first versions (bulk import)", dataset.figures());
    }

    public LoadPhase signOffs(NationalDataset dataset) {
        return perBoard("sign-offs", dataset, BoardDataset::signOffs, client::signOff);
    }

    public LoadPhase corrections(NationalDataset dataset) {
        return imports("corrections (bulk import)", dataset.corrections());
    }

    public LoadPhase withdrawals(NationalDataset dataset) {
        return perBoard("withdrawals", dataset, BoardDataset::withdrawals, client::withdraw);
    }

    private LoadPhase imports(String name, List<FigureRow> rows) {
        List<String> files = ImportFiles.of(rows);
        long started = System.nanoTime();
        long events = 0;
        for (int i = 0; i < files.size(); i++) {
            long fileStarted = System.nanoTime();
            CommandClient.Imported imported = client.importFile(files.get(i));
            events += imported.events();
            System.out.printf(
                    "  %s: file %d/%d, %,d rows, %,d events in %.1f s%n",
                    name, i + 1, files.size(), imported.rows(), imported.events(), seconds(fileStarted));
        }
        return new LoadPhase(name, files.size(), events, seconds(started));
    }

    private <T> LoadPhase perBoard(
            String name, NationalDataset dataset, Function<BoardDataset, List<T>> items, Consumer<T> write) {
        AtomicLong writes = new AtomicLong();
        long started = System.nanoTime();
        Parallel.forEach(
                dataset.boards(),
                CLIENTS,
                board -> items.apply(board).forEach(item -> {
                    write.accept(item);
                    writes.incrementAndGet();
                }));
        return new LoadPhase(name, writes.get(), writes.get(), seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
