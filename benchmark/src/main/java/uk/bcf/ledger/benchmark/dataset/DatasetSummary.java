package uk.bcf.ledger.benchmark.dataset;

/** A one-paragraph description of a dataset's size, for the console and {@code summary.txt}. */
public final class DatasetSummary {

    private DatasetSummary() {}

    public static String of(NationalDataset dataset) {
        DatasetSpec spec = dataset.spec();
        return """
                seed %d, target %,d events, financial years %s to %s, generated for %s
                boards %,d (%s to %s); populations %,d; first-version rows %,d (%,d import files); published notes %,d;
                sign-offs %,d; corrections and revisions %,d (%,d import files); withdrawals %,d; events %,d""".formatted(
                        spec.seed(),
                        spec.targetEvents(),
                        spec.firstYear(),
                        spec.lastYear(),
                        spec.today(),
                        dataset.boards().size(),
                        dataset.boardList().get(0).code(),
                        dataset.boardList().get(dataset.boards().size() - 1).code(),
                        dataset.populationCount(),
                        dataset.figures().size(),
                        ImportFiles.of(dataset.figures()).size(),
                        dataset.publishedNotes(),
                        dataset.signOffCount(),
                        dataset.corrections().size(),
                        ImportFiles.of(dataset.corrections()).size(),
                        dataset.withdrawals().size(),
                        dataset.events());
    }
}
