package uk.bcf.ledger.benchmark;

import java.nio.file.Path;
import java.util.List;
import uk.bcf.ledger.benchmark.dataset.DatasetGenerator;
import uk.bcf.ledger.benchmark.dataset.DatasetSummary;
import uk.bcf.ledger.benchmark.dataset.DatasetWriter;
import uk.bcf.ledger.benchmark.dataset.NationalDataset;
import uk.bcf.ledger.benchmark.load.CommandClient;
import uk.bcf.ledger.benchmark.load.Credentials;
import uk.bcf.ledger.benchmark.load.DatasetLoader;
import uk.bcf.ledger.benchmark.measure.JfrSummary;
import uk.bcf.ledger.benchmark.run.BenchmarkRun;
import uk.bcf.ledger.benchmark.run.QueryExperiment;

/**
 * The entry point of {@code scripts/benchmark.sh}: {@code generate} makes the synthetic national dataset (and
 * loads it into a running command service with {@code --load URL}); {@code run} measures the services on a fresh
 * database loaded with it and prints the results table; {@code query} repeats the query-side measurements on that
 * database, for trying query-service settings; {@code profile-summary FILE.jfr} summarises a flight recording.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    /**
     * Runs the command and exits: the command service started in-process for the gateway measurement leaves Axon's
     * non-daemon janitor thread behind, which would keep the JVM alive.
     */
    public static void main(String[] args) {
        int status = 0;
        try {
            dispatch(Options.parse(args));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void dispatch(Options options) throws Exception {
        switch (options.command()) {
            case "generate" -> generate(options);
            case "run" -> new BenchmarkRun(options).run();
            case "query" -> new QueryExperiment(options).run();
            case "profile-summary" -> System.out.println(JfrSummary.of(Path.of(options.value("file", "rebuild.jfr"))));
            default ->
                throw new IllegalArgumentException(
                        "unknown command " + options.command() + "; use generate, run, query or profile-summary");
        }
    }

    private static void generate(Options options) {
        NationalDataset dataset = DatasetGenerator.standard().generate(options.spec());
        System.out.println(DatasetSummary.of(dataset));
        List<Path> files = DatasetWriter.write(dataset, options.out("var/benchmark/dataset"));
        System.out.printf("wrote %d files to %s%n", files.size(), files.get(0).getParent());
        String load = options.value("load", null);
        if (load != null) {
            Credentials user = new Credentials(options.value("user", null), options.value("password", null));
            if (user.user() == null || user.password() == null) {
                throw new IllegalArgumentException(
                        "--load needs --user and --password of a user with the ADMIN and ANALYST roles for every board");
            }
            System.out.println(new DatasetLoader(new CommandClient(load, user)).load(dataset));
        }
    }
}
